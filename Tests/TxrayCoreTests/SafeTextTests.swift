import Foundation
import Testing
import TxrayCore

/// Characters that can steer a terminal or hide a difference, in the text path and in JSON.
@Suite struct SafeTextTests {
  static let hostile: [(String, String)] = [
    ("\u{202e}", "right-to-left override"), ("\u{9b}", "C1 CSI"), ("\u{1b}[2J", "ESC"),
    ("\u{2066}", "isolate"), ("\u{200b}", "zero width space"), ("\u{feff}", "BOM"),
    ("\u{2028}", "line separator"), ("\u{7}", "bell"),
  ]

  @Test func terminalTextShowsEachAsAnEscape() {
    for (text, name) in Self.hostile {
      let safe = TerminalSafeText.sanitize("USDC" + text + "X")
      #expect(!safe.unicodeScalars.contains(where: TerminalSafeText.isUnsafe), "\(name)")
      #expect(safe.hasPrefix("USDC\\"), "\(name): \(safe)")
    }
  }

  /// JSON escapes them as \uXXXX: the output holds none raw, and parses back to the same text.
  @Test func jsonEscapesEachAndReadsBackUnchanged() throws {
    for (text, name) in Self.hostile {
      let value = "ft_" + text + "transfer"
      let json = JSONValue.object([("method", .string(value))]).serialized
      #expect(!json.unicodeScalars.contains(where: TerminalSafeText.isUnsafe), "\(name)")
      let parsed = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: String]
      #expect(parsed?["method"] == value, "\(name)")
    }
  }
}
