import TxrayCore

/// The screen shown when `txray review` gets no input: a field to paste a transaction into.
public struct PasteField: Sendable {
  public var text = ""
  /// Why the last submitted text was refused.
  public var error: String?

  public enum Action: Sendable, Equatable {
    case submit(String)
    case cancel
  }

  /// Large enough for any transaction `review` accepts as an argument.
  static let maximumCharacters = 1 << 20

  public init() {}

  public mutating func handle(_ key: Key) -> Action? {
    switch key {
    case .escape: return .cancel
    case .endOfInput: return submit()
    case .enter:
      // A JSON request pasted over several lines arrives as several Enters: only a balanced
      // object ends the paste.
      if text.first(where: { !$0.isWhitespace }) == "{" && !isBalancedJSON {
        text.append("\n")
      } else {
        return submit()
      }
    case .backspace: if !text.isEmpty { text.removeLast() }
    case .clearLine: text = ""
    case .tab: text.append(" ")
    case .character(let c):
      if text.unicodeScalars.count < Self.maximumCharacters { text.append(c) }
    default: break
    }
    return nil
  }

  private mutating func submit() -> Action? {
    guard text.contains(where: { !$0.isWhitespace }) else { return nil }
    return .submit(text)
  }

  private var isBalancedJSON: Bool {
    var depth = 0
    var inString = false
    var escaped = false
    for c in text {
      if inString {
        if escaped {
          escaped = false
        } else if c == "\\" {
          escaped = true
        } else if c == "\"" {
          inString = false
        }
        continue
      }
      switch c {
      case "\"": inString = true
      case "{", "[": depth += 1
      case "}", "]": depth -= 1
      default: break
      }
    }
    return depth <= 0
  }

  public func render(width: Int, height: Int) -> Grid {
    var grid = Grid(width: width, height: height)
    guard width > 4, height > 6 else {
      grid.put("Enlarge the terminal", row: 0, column: 0)
      return grid
    }
    grid.put("txray review", row: 0, column: 1, style: .strong)
    grid.put(
      "Paste a transaction (hex, base64 or JSON) and press Enter. Esc quits.", row: 1,
      column: 1, style: .dim, limit: width - 1)
    var row = 3
    if let error {
      for line in TextWrap.lines(error, width: width - 2).prefix(3) {
        grid.put(line, row: row, column: 1, style: .caution)
        row += 1
      }
      row += 1
    }
    // The end of what was pasted stays in view; the field shows the last lines that fit.
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).flatMap {
      TextWrap.breakWord(
        Substring(TerminalSafeText.sanitize($0.isEmpty ? " " : $0)), width: width - 4)
    }
    let visible = max(1, height - row - 1)
    var shown = Array(lines.suffix(visible))
    if shown.isEmpty { shown = [""] }
    shown[shown.count - 1] += "_"
    for (i, line) in shown.enumerated() {
      grid.put(i == 0 ? "> " : "  ", row: row + i, column: 1, style: .dim)
      grid.put(line, row: row + i, column: 3, limit: width - 1)
    }
    grid.put(
      "\(text.count) characters · Ctrl-U clears · Ctrl-D submits", row: height - 1, column: 1,
      style: .dim, limit: width - 1)
    return grid
  }
}
