import TxrayCore

/// Breaks text into lines that fit a column width, measured in terminal columns.
public enum TextWrap {
  /// Word-wraps `text` (made terminal-safe first, so the widths are those painted) to `width`
  /// columns. Words longer than a line — addresses, hashes — are broken, never cut short: a
  /// signer must be able to read every character of an address.
  public static func lines(_ text: String, width: Int) -> [String] {
    let safe = TerminalSafeText.sanitize(text)
    guard width > 0 else { return [] }
    var lines: [String] = []
    var current = ""
    var currentWidth = 0
    for word in safe.split(separator: " ", omittingEmptySubsequences: true) {
      let wordWidth = DisplayWidth.of(word)
      if currentWidth > 0 && currentWidth + 1 + wordWidth <= width {
        current += " " + word
        currentWidth += 1 + wordWidth
        continue
      }
      if currentWidth > 0 {
        lines.append(current)
        current = ""
        currentWidth = 0
      }
      for piece in breakWord(word, width: width) {
        if currentWidth > 0 { lines.append(current) }
        current = piece
        currentWidth = DisplayWidth.of(piece)
      }
    }
    if currentWidth > 0 || lines.isEmpty { lines.append(current) }
    return lines
  }

  /// Splits a word into pieces of at most `width` columns, keeping wide characters whole.
  static func breakWord(_ word: Substring, width: Int) -> [String] {
    var pieces: [String] = []
    var piece = ""
    var pieceWidth = 0
    for character in word {
      let columns = DisplayWidth.of(character)
      if pieceWidth + columns > width && pieceWidth > 0 {
        pieces.append(piece)
        piece = ""
        pieceWidth = 0
      }
      piece.append(character)
      pieceWidth += columns
    }
    if !piece.isEmpty { pieces.append(piece) }
    return pieces
  }

  /// `text` cut to `width` columns, ending in "…" when something was left out.
  public static func truncate(_ text: String, width: Int) -> String {
    let safe = TerminalSafeText.sanitize(text)
    guard DisplayWidth.of(safe) > width else { return safe }
    guard width > 0 else { return "" }
    var out = ""
    var used = 0
    for character in safe {
      let columns = DisplayWidth.of(character)
      if used + columns > width - 1 { break }
      out.append(character)
      used += columns
    }
    return out + "…"
  }

  /// `text` followed by blanks up to `width` columns.
  public static func pad(_ text: String, width: Int) -> String {
    text + String(repeating: " ", count: max(0, width - DisplayWidth.of(text)))
  }
}
