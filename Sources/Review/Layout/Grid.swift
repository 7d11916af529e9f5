import TxrayCore

/// A screen's worth of cells: what the terminal will show, built without a terminal so layout
/// can be tested as text.
///
/// Everything written goes through `TerminalSafeText` first, so no string — from a transaction
/// or not — can reach the terminal with control characters in it.
public struct Grid: Sendable {
  public struct Cell: Sendable, Equatable {
    /// One character with any combining marks; empty for the second column of a wide character.
    public var text: String
    public var style: Style

    public static let blank = Cell(text: " ", style: .plain)
  }

  public let width: Int
  public let height: Int
  public private(set) var cells: [Cell]

  public init(width: Int, height: Int) {
    self.width = max(0, width)
    self.height = max(0, height)
    cells = Array(repeating: .blank, count: self.width * self.height)
  }

  public subscript(row: Int, column: Int) -> Cell {
    cells[row * width + column]
  }

  /// Writes `text` from `column` on `row`, clipped to `limit` (exclusive; default the grid's
  /// right edge). A wide character that would not fit whole leaves a blank instead. Returns the
  /// column after the last one written.
  @discardableResult
  public mutating func put(
    _ text: some StringProtocol, row: Int, column: Int, style: Style = .plain, limit: Int? = nil
  ) -> Int {
    guard row >= 0, row < height, column >= 0 else { return column }
    let end = min(limit ?? width, width)
    var x = column
    for character in TerminalSafeText.sanitize(text) {
      let columns = DisplayWidth.of(character)
      if columns == 0 {
        // A combining mark on its own cluster (after a sanitized escape, say) joins the cell
        // before it, as a terminal would draw it.
        if x > column { cells[row * width + x - 1].text.append(character) }
        continue
      }
      guard x + columns <= end else {
        if x < end { cells[row * width + x] = Cell(text: " ", style: style) }
        return end
      }
      cells[row * width + x] = Cell(text: String(character), style: style)
      if columns == 2 { cells[row * width + x + 1] = Cell(text: "", style: style) }
      x += columns
    }
    return x
  }

  /// Paints blanks in `style` over columns `from..<to` of `row` (a banner's background).
  public mutating func fill(row: Int, from: Int = 0, to: Int? = nil, style: Style) {
    guard row >= 0, row < height else { return }
    let start = max(0, from)
    let end = min(to ?? width, width)
    guard start < end else { return }
    for x in start..<end { cells[row * width + x] = Cell(text: " ", style: style) }
  }

  /// The text of one row as a terminal shows it, trailing blanks removed.
  public func line(_ row: Int) -> String {
    var text = ""
    for x in 0..<width { text += self[row, x].text }
    while text.last == " " { text.removeLast() }
    return text
  }

  /// Every row's text, top to bottom.
  public var lines: [String] { (0..<height).map(line) }

  /// The rows joined by newlines: a plain-text capture of the screen.
  public var text: String { lines.joined(separator: "\n") }
}

extension Grid: CustomStringConvertible {
  public var description: String { text }
}
