import TxrayCore

@testable import Review

/// Helpers to read a rendered screen as text.
extension Grid {
  /// True when some line contains `text`.
  func shows(_ text: String) -> Bool { lines.contains { $0.contains(text) } }

  /// The display column (one cell each) at which `marker` is painted on `row`, nil when absent.
  func column(of marker: Character, row: Int) -> Int? {
    (0..<width).first { self[row, $0].text.first == marker }
  }
}

extension ReviewScreen {
  static func of(_ report: Report, raw: String = "0x02f8") -> ReviewScreen {
    ReviewScreen(content: ReviewContent(report: report, rawInput: raw))
  }

  /// Renders, applies the keys one by one, renders again.
  mutating func press(_ keys: Key..., width: Int = 100, height: Int = 30) -> ReviewDecision? {
    _ = render(width: width, height: height)
    for key in keys {
      if let decision = handle(key) { return decision }
      _ = render(width: width, height: height)
    }
    return nil
  }

  mutating func type(_ text: String) -> ReviewDecision? {
    for c in text {
      if let decision = handle(.character(c)) { return decision }
    }
    return nil
  }
}
