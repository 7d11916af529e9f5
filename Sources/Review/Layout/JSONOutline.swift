import TxrayCore

/// A JSON value as an indented outline ("key: value", nested members indented, array items
/// marked "-"), for the details tabs.
public enum JSONOutline {
  public static func lines(_ value: JSONValue, width: Int) -> [StyledLine] {
    var out: [StyledLine] = []
    append(value, key: nil, depth: 0, width: width, to: &out)
    return out
  }

  private static func append(
    _ value: JSONValue, key: String?, depth: Int, width: Int, to out: inout [StyledLine]
  ) {
    let indent = min(depth * 2, width / 2)
    let label = key.map { $0 + ": " } ?? ""
    switch value {
    case .object(let members):
      if members.isEmpty { return leaf(label, "{}", indent: indent, width: width, to: &out) }
      if key != nil { out.append(heading(label, indent: indent)) }
      for member in members {
        append(
          member.value, key: member.key, depth: key == nil ? depth : depth + 1, width: width,
          to: &out)
      }
    case .array(let items):
      if items.isEmpty { return leaf(label, "[]", indent: indent, width: width, to: &out) }
      if key != nil { out.append(heading(label, indent: indent)) }
      for item in items {
        append(item, key: "-", depth: key == nil ? depth : depth + 1, width: width, to: &out)
      }
    default:
      leaf(label, scalar(value), indent: indent, width: width, to: &out)
    }
  }

  private static func heading(_ label: String, indent: Int) -> StyledLine {
    StyledLine(String(repeating: " ", count: indent) + label.dropLast(), style: .dim)
  }

  private static func leaf(
    _ label: String, _ value: String, indent: Int, width: Int, to out: inout [StyledLine]
  ) {
    let margin = String(repeating: " ", count: indent)
    let labelWidth = DisplayWidth.of(TextWrap.truncate(label, width: width / 2))
    let pieces = TextWrap.lines(value, width: max(1, width - indent - labelWidth))
    for (i, piece) in pieces.enumerated() {
      var line = StyledLine()
      line.append(
        margin
          + (i == 0
            ? TextWrap.truncate(label, width: width / 2) : TextWrap.pad("", width: labelWidth)),
        style: .dim)
      line.append(piece)
      out.append(line)
    }
  }

  private static func scalar(_ value: JSONValue) -> String {
    switch value {
    case .null: return "null"
    case .bool(let b): return b ? "true" : "false"
    case .number(let text): return text
    case .string(let s): return s
    case .array, .object: return value.serialized
    }
  }

  /// The first member named one of `keys`, looked up at the top level of `value` and then in
  /// its `simulation` object, where the chain explainers put what executing the input did.
  public static func member(_ keys: [String], in value: JSONValue) -> JSONValue? {
    if let hit = topLevelMember(keys, in: value) { return hit }
    guard let simulation = topLevelMember(["simulation"], in: value) else { return nil }
    return topLevelMember(keys, in: simulation)
  }

  private static func topLevelMember(_ keys: [String], in value: JSONValue) -> JSONValue? {
    guard case .object(let members) = value else { return nil }
    for key in keys {
      if let hit = members.first(where: { $0.key == key }), hit.value != .null { return hit.value }
    }
    return nil
  }
}
