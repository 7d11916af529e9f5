import TxrayCore

/// What the review screen says about one input, as lines for a given width: the header, the
/// verdict, and each pane's content. Everything here is pure; `ScreenLayout` places it.
public struct ReviewContent: Sendable {
  public var report: Report
  /// The input as given (hex, base64 or JSON), for the Raw tab.
  public var rawInput: String
  public var explanation: ExplanationState
  /// The expectation the signer confirmed in the intent field, once checked.
  public var checkedIntent: String?

  public init(report: Report, rawInput: String) {
    self.report = report
    self.rawInput = rawInput
    explanation = ExplanationState(settled: report.explanation)
  }

  var outcome: Outcome { report.outcome }

  /// True when approving asks the signer to type "yes": a critical finding, or a transaction
  /// that does not do what the signer said it should.
  public var needsTypedApproval: Bool {
    report.verdict == .critical
      || report.findings.contains { $0.rule == IntentEntry.mismatchRule }
  }

  // MARK: Header

  public func headerLines(width: Int) -> [StyledLine] {
    var title = StyledLine("txray review", style: .strong)
    title.append("  " + describeKind(), style: .plain)
    if let network = network { title.append(" · " + network, style: .plain) }
    var items: [(label: String, value: String)] = []
    let chainWord = outcome.chain == .evm ? "address" : "account"
    items.append(("from", outcome.signer ?? "not known until signed"))
    items.append(
      (
        "to",
        outcome.recipient
          ?? (outcome.isContractCreation ? "nobody: creates a contract" : "no \(chainWord)")
      ))
    let native = outcome.nativeAsset
    items.append(("value", EffectRow.format(outcome.value, native)))
    items.append(
      ("fee ceiling", outcome.feeCeiling.map { EffectRow.format($0, native) } ?? "unknown"))
    if let method = outcome.method { items.append(("calls", method)) }
    return [StyledLine(TextWrap.truncate(title.text, width: width), style: .strong)]
      + flow(items, width: width)
  }

  private func describeKind() -> String {
    let chain = outcome.chain == .evm ? "EVM" : "NEAR"
    let type = Self.string(JSONOutline.member(["typeName"], in: report.json)).map { " (\($0))" }
    switch outcome.kind {
    case .transaction: return "\(chain) transaction" + (type ?? "")
    case .signatureRequest: return "\(chain) signature request"
    case .delegateAction: return "\(chain) delegate action"
    }
  }

  private var network: String? {
    if let row = report.fields.first(where: { $0.label == "network" }) { return row.value }
    return outcome.chainId.map { "chain \($0)" }
  }

  /// Label-value items laid out left to right, wrapping to new lines; an item longer than a
  /// line wraps inside itself.
  private func flow(_ items: [(label: String, value: String)], width: Int) -> [StyledLine] {
    var lines: [StyledLine] = []
    var line = StyledLine()
    var used = 0
    for item in items {
      let label = TerminalSafeText.sanitize(item.label) + " "
      let value = TerminalSafeText.sanitize(item.value)
      let itemWidth = DisplayWidth.of(label) + DisplayWidth.of(value)
      let separator = used == 0 ? 0 : 3
      if used > 0 && used + separator + itemWidth > width {
        lines.append(line)
        line = StyledLine()
        used = 0
      }
      if used > 0 {
        line.append("   ")
        used += 3
      }
      if itemWidth <= width - used {
        line.append(label, style: .dim)
        line.append(value, style: .strong)
        used += itemWidth
        continue
      }
      let labelWidth = DisplayWidth.of(label)
      for (i, piece) in TextWrap.lines(value, width: max(1, width - labelWidth)).enumerated() {
        if i > 0 {
          lines.append(line)
          line = StyledLine()
        }
        line.append(i == 0 ? label : TextWrap.pad("", width: labelWidth), style: .dim)
        line.append(piece, style: .strong)
        used = labelWidth + DisplayWidth.of(piece)
      }
    }
    if used > 0 { lines.append(line) }
    return lines
  }

  // MARK: Verdict

  /// The banner's words: the worst severity spelled out, so it reads without colour.
  public var bannerText: String {
    let findings = report.findings
    var words: String
    switch report.verdict {
    case .critical: words = "CRITICAL RISK"
    case .high: words = "HIGH RISK"
    case .warning: words = "WARNING"
    case .info, nil: words = "NO RISK FOUND"
    }
    let mismatch = findings.contains { $0.rule == IntentEntry.mismatchRule }
    if mismatch {
      words = "MISMATCH: NOT WHAT YOU SAID · " + words
    } else if checkedIntent != nil {
      words = "MATCHES WHAT YOU SAID · " + words
    }
    if let worst = findings.first, worst.severity > .info {
      words += " · " + worst.message
    }
    let counts = Severity.allCases.reversed().compactMap { severity -> String? in
      let n = findings.filter { $0.severity == severity }.count
      return n == 0 ? nil : "\(n) \(severity.rawValue)"
    }
    words += counts.isEmpty ? " · no findings" : " · findings: " + counts.joined(separator: ", ")
    switch outcome.simulation?.status {
    case .notSimulated, nil: words += " · not simulated"
    case .succeeded, .reverted: break
    }
    return words
  }

  // MARK: Panes

  /// The narrator's headline, then the explanation (the model's checked text or the
  /// narrator's), then any model draft still being written.
  public func explanationLines(width: Int) -> [StyledLine] {
    let headline = report.narration.headline
    var lines: [StyledLine] = []
    if !headline.allSatisfy(\.isWhitespace) {
      lines += StyledLine.wrapped(headline, width: width, style: .strong)
    }
    let text = explanation.settled.text
    if !text.allSatisfy(\.isWhitespace) && text != headline {
      // The narrator's line breaks are kept; within a paragraph everything else is sanitized.
      lines += text.split(separator: "\n", omittingEmptySubsequences: false).flatMap {
        StyledLine.wrapped(String($0), width: width)
      }
    }
    if lines.isEmpty {
      lines += StyledLine.wrapped(
        "No explanation available: read the effects and the details below.", width: width,
        style: .dim)
    }
    if let rejection = explanation.settled.rejection {
      lines += StyledLine.wrapped("Model text rejected: \(rejection)", width: width, style: .dim)
    }
    if let draft = explanation.draft {
      lines.append(StyledLine("Model composition, not yet checked:", style: .dim))
      lines += StyledLine.wrapped(
        draft.isEmpty ? "…" : draft + " …", width: width, indent: 2, style: .dim)
    }
    return lines
  }

  public var effectsTitle: String {
    switch outcome.simulation?.status {
    case .succeeded: return "Effects · simulated"
    case .reverted(let reason):
      return "Effects · simulation REVERTS" + (reason.map { ": \($0)" } ?? "")
        + " (you still pay the fee) · declared"
    case .notSimulated(let reason): return "Effects · declared, not simulated (\(reason))"
    case nil where outcome.kind == .signatureRequest:
      return "Effects · what the signature allows once it is submitted; nothing moves now"
    case nil: return "Effects · declared by the transaction, not simulated"
    }
  }

  public func effectsLines(width: Int) -> [StyledLine] {
    let effects = outcome.effects
    // A simulated swap's balance changes say what came back; only an unsimulated one needs
    // what its call states.
    let order =
      EffectRow.orderRows(outcome.intent, offerer: outcome.signer)
      + (outcome.simulation?.status == .succeeded
        ? [] : EffectRow.statedRows(outcome.intent, signer: outcome.signer, declared: effects))
    guard !effects.isEmpty || !order.isEmpty else {
      return StyledLine.wrapped(
        "No effects found beyond the fee. Check the details tabs.", width: width, style: .dim)
    }
    let rows =
      Self.signerFirst(effects, signer: outcome.signer).map {
        EffectRow($0, native: outcome.nativeAsset)
      } + order
    return Table(
      headers: ["WHO", "WHAT HAPPENS", "AMOUNT"],
      rows: rows.map { [$0.who, $0.action, $0.amount] }
    ).lines(width: width)
  }

  /// The effects in the order a signer needs them on a small screen: what their own balances
  /// do, then what they grant (allowances, operators, keys, delegations, code), then what others'
  /// balances do, transfers, and last the calls that made it happen. A swap's call tree would
  /// otherwise push "−1 ETH, +3486 USDC" below the fold.
  static func signerFirst(_ effects: [Effect], signer: String?) -> [Effect] {
    func rank(_ effect: Effect) -> Int {
      switch effect {
      case .balanceChange(let account, _, _): return account == signer ? 0 : 2
      case .allowance, .operatorApproval, .delegationSet, .delegateCall, .keyAdded, .keyRemoved,
        .accountDeleted, .codeDeployed, .delegatedAction, .staked:
        return 1
      case .transfer: return 3
      case .call, .accountCreated: return 4
      }
    }
    return effects.enumerated()
      .sorted { (rank($0.element), $0.offset) < (rank($1.element), $1.offset) }
      .map(\.element)
  }

  public func findingsLines(width: Int) -> [StyledLine] {
    // What the signer said comes first: the findings are read against it.
    let said =
      checkedIntent.map {
        StyledLine.wrapped("You said: " + TerminalSafeText.sanitize($0), width: width, style: .dim)
      } ?? []
    return said + ruleFindingsLines(width: width)
  }

  private func ruleFindingsLines(width: Int) -> [StyledLine] {
    guard !report.findings.isEmpty else {
      return StyledLine.wrapped(
        "No findings: txray's rules saw nothing risky. That is not a guarantee; read the effects.",
        width: width, style: .dim)
    }
    var lines: [StyledLine] = []
    for finding in report.findings {
      var head = StyledLine(
        TextWrap.pad(finding.severity.rawValue.uppercased(), width: 9),
        style: .severity(finding.severity))
      head.append(TextWrap.truncate(finding.rule, width: max(1, width - 9)), style: .dim)
      lines.append(head)
      lines += StyledLine.wrapped(finding.message, width: width, indent: 2)
      lines += StyledLine.labelled(
        finding.evidence.map { ($0.label, $0.value) }, width: width, indent: 4)
    }
    return lines
  }

  public func detailLines(_ tab: DetailTab, width: Int) -> [StyledLine] {
    switch tab {
    case .fields:
      guard !report.fields.isEmpty else { return [StyledLine("No decoded fields.", style: .dim)] }
      return StyledLine.labelled(report.fields, width: width)
    case .calls:
      if let tree = JSONOutline.member(["callTree", "calls", "trace", "receipts"], in: report.json)
      {
        return JSONOutline.lines(tree, width: width)
      }
      return notSimulated("call tree", width: width)
        + section("Decoded call", ["call", "actions", "message"], width: width)
    case .events:
      if let logs = JSONOutline.member(["logs", "events"], in: report.json) {
        return JSONOutline.lines(logs, width: width)
      }
      return notSimulated("logs or events", width: width)
    case .state:
      if let changes = JSONOutline.member(["stateChanges", "changes", "state"], in: report.json) {
        return JSONOutline.lines(changes, width: width)
      }
      return notSimulated("state changes", width: width)
    case .raw:
      let raw = rawInput.split(whereSeparator: \.isNewline).joined(separator: " ")
      return TextWrap.breakWord(Substring(TerminalSafeText.sanitize(raw)), width: max(1, width))
        .map { StyledLine($0) }
    case .json:
      return JSONOutline.lines(report.json, width: width)
    }
  }

  private func notSimulated(_ what: String, width: Int) -> [StyledLine] {
    let reason: String
    switch outcome.simulation?.status {
    case .notSimulated(let why): reason = "not simulated: \(why)"
    case .reverted(let why): reason = "the simulation reverted" + (why.map { ": \($0)" } ?? "")
    case .succeeded: reason = "the simulation recorded none"
    case nil: reason = "the transaction was not simulated"
    }
    return StyledLine.wrapped("No \(what): \(reason).", width: width, style: .dim)
  }

  private func section(_ title: String, _ keys: [String], width: Int) -> [StyledLine] {
    guard let value = JSONOutline.member(keys, in: report.json) else { return [] }
    return [.empty, StyledLine(title, style: .strong)] + JSONOutline.lines(value, width: width)
  }

  private static func string(_ value: JSONValue?) -> String? {
    if case .string(let text) = value { return text }
    return nil
  }
}
