/// One line of a pane: runs of text, each with its style. Text is terminal-safe by the time it
/// is painted (`Grid.put` sanitizes it).
public struct StyledLine: Sendable, Equatable {
  public struct Segment: Sendable, Equatable {
    public var text: String
    public var style: Style
  }

  public var segments: [Segment]

  public init(_ segments: [Segment] = []) {
    self.segments = segments
  }

  public init(_ text: String, style: Style = .plain) {
    segments = [Segment(text: text, style: style)]
  }

  public static let empty = StyledLine()

  public var text: String { segments.map(\.text).joined() }

  public mutating func append(_ text: String, style: Style = .plain) {
    segments.append(Segment(text: text, style: style))
  }

  /// `text` word-wrapped to `width`, every line indented by `indent` blanks.
  public static func wrapped(
    _ text: String, width: Int, indent: Int = 0, style: Style = .plain
  ) -> [StyledLine] {
    let margin = String(repeating: " ", count: indent)
    return TextWrap.lines(text, width: max(1, width - indent)).map {
      StyledLine(margin + $0, style: style)
    }
  }

  /// "label  value" rows with the labels in a column of their own and values wrapped beside it.
  public static func labelled(
    _ rows: [(label: String, value: String)], width: Int, indent: Int = 0
  ) -> [StyledLine] {
    let labels = rows.map { TextWrap.truncate($0.label, width: max(1, width / 3)) }
    let labelWidth = labels.map { DisplayWidth.of($0) }.max() ?? 0
    let margin = String(repeating: " ", count: indent)
    let valueWidth = max(1, width - indent - labelWidth - 2)
    var lines: [StyledLine] = []
    for (label, row) in zip(labels, rows) {
      for (i, piece) in TextWrap.lines(row.value, width: valueWidth).enumerated() {
        var line = StyledLine()
        line.append(
          margin + TextWrap.pad(i == 0 ? label : "", width: labelWidth) + "  ", style: .dim)
        line.append(piece)
        lines.append(line)
      }
    }
    return lines
  }
}
