/// A table whose cells wrap inside their columns, so nothing in it is ever cut short.
public struct Table: Sendable {
  public var headers: [String]
  public var rows: [[String]]

  public init(headers: [String], rows: [[String]]) {
    self.headers = headers
    self.rows = rows
  }

  static let gap = 2

  /// The table laid out in `width` columns: a header line, then each row over as many lines as
  /// its tallest cell needs. When the columns cannot be wide enough to keep every word whole
  /// (two full addresses side by side on an 80-column screen), each row becomes a small block
  /// instead: the first cell on a line of its own, the others indented under it.
  public func lines(width: Int) -> [StyledLine] {
    guard let widths = columnWidths(width: width) else { return blocks(width: width) }
    var lines = [
      line(
        headers.indices.map { TextWrap.truncate(headers[$0], width: widths[$0]) },
        widths: widths, style: .dim)
    ]
    for row in rows {
      let cells = widths.indices.map { i in
        TextWrap.lines(i < row.count ? row[i] : "", width: widths[i])
      }
      lines += (0..<(cells.map(\.count).max() ?? 1)).map { n in
        line(cells.map { n < $0.count ? $0[n] : "" }, widths: widths, style: .plain)
      }
    }
    return lines
  }

  /// Natural column widths, narrowed widest-first but never below a column's longest word; nil
  /// when even that does not fit.
  func columnWidths(width: Int) -> [Int]? {
    let cells = headers.indices.map { i in [headers[i]] + rows.map { i < $0.count ? $0[i] : "" } }
    var widths = cells.map { $0.map { DisplayWidth.of($0) }.max() ?? 0 }
    let floors = cells.map { column in
      column.flatMap { $0.split(separator: " ").map { DisplayWidth.of($0) } }.max() ?? 0
    }
    let available = width - Self.gap * max(0, widths.count - 1)
    guard floors.reduce(0, +) <= available else { return nil }
    while widths.reduce(0, +) > available {
      guard
        let widest = widths.indices.filter({ widths[$0] > floors[$0] })
          .max(by: { widths[$0] < widths[$1] })
      else { return nil }
      widths[widest] -= 1
    }
    return widths
  }

  private func blocks(width: Int) -> [StyledLine] {
    var lines = [
      StyledLine(TextWrap.truncate(headers.joined(separator: " · "), width: width), style: .dim)
    ]
    for row in rows {
      lines += StyledLine.wrapped(row.first ?? "", width: width)
      let rest = row.dropFirst().filter { !$0.isEmpty }.joined(separator: " · ")
      if !rest.isEmpty { lines += StyledLine.wrapped(rest, width: width, indent: 2) }
    }
    return lines
  }

  private func line(_ cells: [String], widths: [Int], style: Style) -> StyledLine {
    var text = ""
    for (i, cell) in cells.enumerated() {
      text += i == cells.count - 1 ? cell : TextWrap.pad(cell, width: widths[i] + Self.gap)
    }
    return StyledLine(text, style: style)
  }
}
