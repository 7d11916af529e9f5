import TxrayCore

/// The review screen's state — content, focus, tab, scroll, overlays — and how keys change it.
/// `render` lays it out on a `Grid`; nothing here touches a terminal.
public struct ReviewScreen: Sendable {
  public enum Overlay: Sendable, Equatable {
    case help
    /// Approving with a critical finding, or against the signer's own stated intent: the
    /// signer types "yes".
    case confirm(typed: String, mistyped: Bool)
    /// The intent field: what the signer means to do, typed; `error` says why the last try
    /// could not be read.
    case intent(typed: String, error: String?)
    /// The expectation read from `typed`, shown back before anything is checked.
    case intentReading(typed: String, reading: String)
    /// Reading or checking is under way (the model may take a second): drawn before the work
    /// runs, so the screen never looks frozen.
    case intentBusy(String)
  }

  /// Intent work the key asked for, run by `runPendingWork` after the busy frame is drawn.
  private enum PendingWork: Sendable {
    case read(typed: String)
    case check(typed: String, reading: String)
  }

  public static let minimumWidth = 80
  public static let minimumHeight = 24
  /// From this width the details get a column of their own.
  public static let twoColumnWidth = 140

  public var content: ReviewContent
  public var focus: Pane = .explanation
  public var tab: DetailTab = .fields
  public var overlay: Overlay?
  /// Reads and checks the intent field; nil hides it (`i` does nothing).
  public var intentEntry: IntentEntry?
  /// First visible line of each pane.
  public private(set) var scroll: [Pane: Int] = [:]
  /// Visible and total lines of each pane at the last render, for paging.
  private var viewport: [Pane: (visible: Int, total: Int)] = [:]
  private var lastSize = (width: minimumWidth, height: minimumHeight)
  /// Set once an intent check has judged the report again: model updates are then stale.
  private var explanationIsFinal = false
  private var pending: PendingWork?

  public init(content: ReviewContent) {
    self.content = content
  }

  var isTooSmall: Bool {
    lastSize.width < Self.minimumWidth || lastSize.height < Self.minimumHeight
  }

  // MARK: Keys

  /// Applies a key; returns the decision when the key ends the review.
  public mutating func handle(_ key: Key) -> ReviewDecision? {
    if let overlay { return handle(key, in: overlay) }
    if isTooSmall {
      // Nothing can be approved unseen; rejecting still works.
      switch key {
      case .character("q"), .character("r"), .escape: return .rejected
      default: return nil
      }
    }
    switch key {
    case .tab: focus = focus.next
    case .backTab: focus = focus.previous
    case .up, .character("k"): scrollFocused(by: -1)
    case .down, .character("j"): scrollFocused(by: 1)
    case .pageUp: scrollFocused(by: -page)
    case .pageDown: scrollFocused(by: page)
    case .home, .character("g"): scroll[focus] = 0
    // Past the end on purpose: rendering clamps to the last page at whatever size it draws.
    case .end, .character("G"): scroll[focus] = viewport[focus]?.total ?? 0
    case .left: select(DetailTab(rawValue: tab.rawValue - 1) ?? .json)
    case .right: select(DetailTab(rawValue: tab.rawValue + 1) ?? .fields)
    case .character(let c) where c.wholeNumberValue.flatMap(DetailTab.init) != nil:
      select(c.wholeNumberValue.flatMap(DetailTab.init) ?? .fields)
    case .character("?"): overlay = .help
    case .character("i") where intentEntry != nil: overlay = .intent(typed: "", error: nil)
    case .character("a"):
      if !content.needsTypedApproval { return .approved }
      overlay = .confirm(typed: "", mistyped: false)
    case .character("r"), .character("q"), .escape: return .rejected
    default: break
    }
    return nil
  }

  private mutating func handle(_ key: Key, in overlay: Overlay) -> ReviewDecision? {
    switch overlay {
    case .help:
      self.overlay = nil
      return nil
    case .intent(let typed, let error):
      handleIntent(key, typed: typed, error: error)
      return nil
    case .intentReading(let typed, let reading):
      handleReading(key, typed: typed, reading: reading)
      return nil
    case .confirm(let typed, let mistyped):
      return handleConfirm(key, typed: typed, mistyped: mistyped)
    case .intentBusy:
      // Keys wait until the work is done: nothing can be approved mid-check.
      return nil
    }
  }

  private mutating func handleIntent(_ key: Key, typed: String, error: String?) {
    switch key {
    case .escape: overlay = nil
    case .enter:
      guard typed.contains(where: { !$0.isWhitespace }) else { return }
      overlay = .intentBusy("Reading what you typed…")
      pending = .read(typed: typed)
    case .backspace: overlay = .intent(typed: String(typed.dropLast()), error: error)
    case .clearLine: overlay = .intent(typed: "", error: error)
    case .character(let c) where typed.count < IntentEntry.maximumCharacters && !c.isNewline:
      overlay = .intent(typed: typed + String(c), error: error)
    default: break
    }
  }

  private mutating func handleReading(_ key: Key, typed: String, reading: String) {
    switch key {
    case .escape: overlay = nil
    case .character("e"): overlay = .intent(typed: reading, error: nil)
    case .enter, .character("y"):
      overlay = .intentBusy("Checking the transaction against it…")
      pending = .check(typed: typed, reading: reading)
    default: break
    }
  }

  /// Runs the intent work the last key asked for, once its busy frame is on the screen; true
  /// when there was some (the caller draws again).
  public mutating func runPendingWork() -> Bool {
    guard let work = pending, let intentEntry else { return false }
    pending = nil
    switch work {
    case .read(let typed):
      switch intentEntry.propose(typed) {
      case .success(let reading): overlay = .intentReading(typed: typed, reading: reading)
      case .failure(let rejection): overlay = .intent(typed: typed, error: rejection.message)
      }
    case .check(_, let reading):
      switch intentEntry.check(reading) {
      case .success(let report):
        content.report = report
        content.checkedIntent = reading
        // The model's text in progress was written for the narration before the check, which
        // does not state the mismatch: the narrator's new text stands from here on.
        content.explanation = ExplanationState(settled: report.explanation)
        explanationIsFinal = true
        overlay = nil
        focus = .findings
        scroll[.findings] = 0
      case .failure(let rejection):
        overlay = .intent(typed: reading, error: rejection.message)
      }
    }
    return true
  }

  private mutating func handleConfirm(_ key: Key, typed: String, mistyped: Bool)
    -> ReviewDecision?
  {
    var typed = typed
    switch key {
    case .escape: self.overlay = nil
    case .enter:
      if typed.lowercased() == "yes" { return .approved }
      self.overlay = .confirm(typed: "", mistyped: true)
    case .backspace:
      typed = String(typed.dropLast())
      self.overlay = .confirm(typed: typed, mistyped: mistyped)
    case .clearLine: self.overlay = .confirm(typed: "", mistyped: mistyped)
    case .character(let c) where typed.count < 8 && !c.isNewline:
      self.overlay = .confirm(typed: typed + String(c), mistyped: mistyped)
    default: break
    }
    return nil
  }

  private var page: Int { max(1, (viewport[focus]?.visible ?? 1) - 1) }

  private mutating func select(_ newTab: DetailTab) {
    if newTab != tab { scroll[.details] = 0 }
    tab = newTab
    focus = .details
  }

  private mutating func scrollFocused(by lines: Int) {
    let limit = viewport[focus].map { max(0, $0.total - $0.visible) } ?? 0
    scroll[focus] = min(limit, max(0, (scroll[focus] ?? 0) + lines))
  }

  /// Applies a streamed explanation update, unless an intent check has replaced the narration
  /// it was written for.
  public mutating func apply(_ update: ExplanationState.Update) {
    guard !explanationIsFinal else { return }
    content.explanation.apply(update)
  }

  // MARK: Rendering

  public mutating func render(width: Int, height: Int) -> Grid {
    lastSize = (width, height)
    var grid = Grid(width: width, height: height)
    if isTooSmall {
      drawTooSmall(on: &grid)
      return grid
    }
    var row = 0
    for line in content.headerLines(width: width - 2).prefix(5) {
      draw(line, on: &grid, row: row, column: 1, limit: width - 1)
      row += 1
    }
    let bannerStyle = Style.banner(content.report.verdict)
    grid.fill(row: row, style: bannerStyle)
    grid.put(
      TextWrap.truncate(content.bannerText, width: width - 2), row: row, column: 1,
      style: bannerStyle)
    row += 1
    let footer = height - 1
    if width >= Self.twoColumnWidth {
      let left = width / 2
      stack(
        [.explanation, .effects, .findings], on: &grid, top: row, bottom: footer, left: 0,
        width: left)
      for y in row..<footer { grid.put("│", row: y, column: left, style: .dim) }
      stack(
        [.details], on: &grid, top: row, bottom: footer, left: left + 1, width: width - left - 1)
    } else {
      stack(Pane.allCases, on: &grid, top: row, bottom: footer, left: 0, width: width)
    }
    drawFooter(on: &grid, row: footer)
    switch overlay {
    case .help: drawBox(helpLines, on: &grid)
    case .confirm(let typed, let mistyped): drawBox(confirmLines(typed, mistyped), on: &grid)
    case .intent(let typed, let error): drawBox(intentLines(typed, error), on: &grid)
    case .intentReading(_, let reading): drawBox(readingLines(reading), on: &grid)
    case .intentBusy(let message): drawBox([StyledLine(message, style: .strong)], on: &grid)
    case nil: break
    }
    return grid
  }

  /// Lays `panes` out top to bottom between `top` and `bottom`, each with a title line. Lines
  /// are shared out one at a time so every pane shows something; the details pane (when
  /// present) keeps at least a quarter and takes what the others do not need.
  private mutating func stack(
    _ panes: [Pane], on grid: inout Grid, top: Int, bottom: Int, left: Int, width: Int
  ) {
    let inner = max(1, width - 2)
    let lines = panes.map { paneLines($0, width: inner) }
    let available = max(0, bottom - top - panes.count)
    let hasDetails = panes.contains(.details)
    var heights = Array(repeating: 0, count: panes.count)
    var budget = hasDetails ? available - max(3, available / 4) : available
    let sharing = panes.indices.filter { panes[$0] != .details }
    var grew = true
    while budget > 0 && grew {
      grew = false
      for i in sharing where budget > 0 && heights[i] < lines[i].count {
        heights[i] += 1
        budget -= 1
        grew = true
      }
    }
    let rest = available - heights.reduce(0, +)
    if let details = panes.firstIndex(of: .details) {
      heights[details] += rest
    } else if let last = sharing.last {
      heights[last] += rest
    }
    var y = top
    for (i, pane) in panes.enumerated() {
      drawPane(
        pane, lines: lines[i], on: &grid, top: y, height: heights[i], left: left, width: width)
      y += heights[i] + 1
    }
  }

  private func paneLines(_ pane: Pane, width: Int) -> [StyledLine] {
    switch pane {
    case .explanation: return content.explanationLines(width: width)
    case .effects: return content.effectsLines(width: width)
    case .findings: return content.findingsLines(width: width)
    case .details: return content.detailLines(tab, width: width)
    }
  }

  private mutating func drawPane(
    _ pane: Pane, lines: [StyledLine], on grid: inout Grid, top: Int, height: Int, left: Int,
    width: Int
  ) {
    let offset = min(max(0, scroll[pane] ?? 0), max(0, lines.count - height))
    scroll[pane] = offset
    viewport[pane] = (height, lines.count)
    let focused = pane == focus
    let titleStyle: Style = focused ? .focusedHeading : .heading
    grid.fill(row: top, from: left, to: left + width, style: titleStyle)
    var title = StyledLine((focused ? "▶ " : "  ") + pane.title, style: titleStyle)
    switch pane {
    case .explanation:
      title.append(" · ", style: titleStyle)
      title.append(
        content.explanation.provenance,
        style: focused ? titleStyle : content.explanation.provenanceStyle)
    case .effects:
      title = StyledLine((focused ? "▶ " : "  ") + content.effectsTitle, style: titleStyle)
    case .findings:
      title.append(" (\(content.report.findings.count))", style: titleStyle)
    case .details:
      for tab in DetailTab.allCases {
        title.append(" ", style: titleStyle)
        let label = "\(tab.rawValue) \(tab.title)"
        title.append(
          tab == self.tab ? "[\(label)]" : label,
          style: tab == self.tab ? .selectedTab : titleStyle)
      }
    }
    let position =
      lines.count > height && height > 0
      ? " \(offset + 1)–\(min(lines.count, offset + height)) of \(lines.count) " : ""
    let positionWidth = DisplayWidth.of(position)
    let titleEnd = draw(
      title, on: &grid, row: top, column: left, limit: left + width - positionWidth)
    if !position.isEmpty && titleEnd <= left + width - positionWidth {
      grid.put(position, row: top, column: left + width - positionWidth, style: titleStyle)
    }
    for i in 0..<max(0, height) where offset + i < lines.count {
      draw(
        lines[offset + i], on: &grid, row: top + 1 + i, column: left + 1, limit: left + width - 1)
    }
  }

  @discardableResult
  private func draw(_ line: StyledLine, on grid: inout Grid, row: Int, column: Int, limit: Int)
    -> Int
  {
    var x = column
    for segment in line.segments {
      x = grid.put(segment.text, row: row, column: x, style: segment.style, limit: limit)
    }
    return x
  }

  private func drawFooter(on grid: inout Grid, row: Int) {
    var line = StyledLine()
    func key(_ name: String, _ action: String) {
      line.append(name, style: .strong)
      line.append(" " + action + "  ", style: .dim)
    }
    switch overlay {
    case .help: key("any key", "closes help")
    case .confirm: key("yes Enter", "approve"); key("Esc", "back")
    case .intent: key("Enter", "read"); key("Ctrl-U", "clear"); key("Esc", "back")
    case .intentReading: key("Enter", "check"); key("e", "edit"); key("Esc", "back")
    case .intentBusy: key("…", "one moment")
    case nil:
      key("Tab", "pane"); key("↑↓", "scroll"); key("1-6", "details"); key("?", "help")
      if intentEntry != nil { key("i", "intent") }
      key("a", content.needsTypedApproval ? "approve (type yes)" : "approve")
      key("r/q", "reject")
    }
    draw(line, on: &grid, row: row, column: 1, limit: grid.width - 1)
  }

  private var helpLines: [StyledLine] {
    let rows: [(String, String)] = [
      ("Tab / Shift-Tab", "next / previous pane"),
      ("↑ ↓  j k", "scroll the pane with the ▶"),
      ("PgUp PgDn", "scroll a page"),
      ("g G  Home End", "top / bottom"),
      ("1–6  ← →", "details: fields, calls, events, state, raw, JSON"),
      ("i", "say what you mean to do; txray checks the transaction against it"),
      ("a", "approve (type yes when a finding is critical or it differs from your intent): exit 0"),
      ("r  q  Esc", "reject: exit 1"),
      ("?", "this help"),
    ]
    return [StyledLine("Keys", style: .strong), .empty]
      + rows.map { StyledLine(TextWrap.pad($0.0, width: 17) + $0.1, style: .overlay) }
  }

  private func confirmLines(_ typed: String, _ mistyped: Bool) -> [StyledLine] {
    let worst =
      content.report.findings.first { $0.severity == .critical }
      ?? content.report.findings.first { $0.rule == IntentEntry.mismatchRule }
    let question =
      worst?.severity == .critical
      ? "Approve despite a CRITICAL finding?"
      : "Approve although it does not do what you said?"
    var lines = [StyledLine(question, style: .strong), .empty]
    lines += StyledLine.wrapped(worst?.message ?? "", width: 56, style: .overlay)
    lines += [
      .empty, StyledLine("Type yes and press Enter to approve; Esc goes back.", style: .overlay),
      StyledLine("> " + typed + "_", style: .strong),
    ]
    if mistyped {
      lines.append(StyledLine("That was not \"yes\"; nothing was approved.", style: .caution))
    }
    return lines
  }

  private func intentLines(_ typed: String, _ error: String?) -> [StyledLine] {
    var lines = [StyledLine("What do you mean this transaction to do?", style: .strong), .empty]
    lines += StyledLine.wrapped(
      "Plain words (\"swap 1 eth for usdc, at least 3000\") or the expectation language "
        + "(\"send ≤ 1 ETH, receive ≥ 3000 USDC\"). You confirm the reading before it is checked.",
      width: 56, style: .overlay)
    lines += [.empty]
    lines += StyledLine.wrapped(
      "> " + TerminalSafeText.sanitize(typed) + "_", width: 56, style: .strong)
    if let error {
      lines.append(.empty)
      lines += StyledLine.wrapped(TerminalSafeText.sanitize(error), width: 56, style: .caution)
    }
    return lines
  }

  private func readingLines(_ reading: String) -> [StyledLine] {
    var lines = [StyledLine("txray will check exactly this:", style: .strong), .empty]
    lines += StyledLine.wrapped(TerminalSafeText.sanitize(reading), width: 56, style: .strong)
    lines += [.empty]
    lines += StyledLine.wrapped(
      "Anything it does beyond this (an approval, a payment, a key) counts as a difference. "
        + "Enter checks it, e edits it, Esc goes back.",
      width: 56, style: .overlay)
    return lines
  }

  /// A framed box in the middle of the screen.
  private func drawBox(_ lines: [StyledLine], on grid: inout Grid) {
    let innerWidth = min(grid.width - 6, max(40, lines.map { DisplayWidth.of($0.text) }.max() ?? 0))
    let height = lines.count + 2
    let top = max(0, (grid.height - height) / 2)
    let left = max(0, (grid.width - innerWidth - 4) / 2)
    let right = left + innerWidth + 3
    for y in top..<min(grid.height, top + height) {
      grid.fill(row: y, from: left, to: right + 1, style: .overlay)
      grid.put("│", row: y, column: left, style: .overlay)
      grid.put("│", row: y, column: right, style: .overlay)
    }
    let rule = String(repeating: "─", count: innerWidth + 2)
    grid.put("┌" + rule + "┐", row: top, column: left, style: .overlay)
    grid.put("└" + rule + "┘", row: top + height - 1, column: left, style: .overlay)
    for (i, line) in lines.enumerated() {
      draw(line, on: &grid, row: top + 1 + i, column: left + 2, limit: right - 1)
    }
  }

  private func drawTooSmall(on grid: inout Grid) {
    let message = [
      "The terminal is \(grid.width)×\(grid.height).",
      "Enlarge the terminal to at least \(Self.minimumWidth)×\(Self.minimumHeight) to review this transaction.",
      "q or Esc rejects it.",
    ]
    let lines = message.flatMap { TextWrap.lines($0, width: max(1, grid.width - 2)) }
    let top = max(0, (grid.height - lines.count) / 2)
    for (i, line) in lines.enumerated() {
      let column = max(0, (grid.width - DisplayWidth.of(line)) / 2)
      grid.put(line, row: top + i, column: column, style: i == 1 ? .strong : .plain)
    }
  }
}
