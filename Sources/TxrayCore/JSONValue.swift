/// A JSON document built by code, written with its keys in the order they were given.
///
/// Foundation's encoders sort or scramble keys; txray's `--json` output is read by people too, and
/// a stable, documented field order makes diffs and the man page easier to follow.
public indirect enum JSONValue: Sendable, Equatable {
  case null
  case bool(Bool)
  /// Small counts only (line numbers, sizes); chain quantities are decimal strings.
  case integer(Int)
  case string(String)
  case array([JSONValue])
  case object([(key: String, value: JSONValue)])

  public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
    switch (lhs, rhs) {
    case (.null, .null): return true
    case (.bool(let a), .bool(let b)): return a == b
    case (.integer(let a), .integer(let b)): return a == b
    case (.string(let a), .string(let b)): return a == b
    case (.array(let a), .array(let b)): return a == b
    case (.object(let a), .object(let b)):
      return a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    default: return false
    }
  }

  /// A string, or null when the value is absent.
  public static func optional(_ text: String?) -> JSONValue {
    text.map(JSONValue.string) ?? .null
  }

  /// This object with `member` put first; any other value is returned unchanged.
  public func prepending(_ member: (key: String, value: JSONValue)) -> JSONValue {
    guard case .object(let members) = self else { return self }
    return .object([member] + members)
  }

  /// This object with `key` set to `value`: replaced in place when present, appended otherwise;
  /// any other value is returned unchanged.
  public func setting(_ key: String, _ value: JSONValue) -> JSONValue {
    guard case .object(var members) = self else { return self }
    if let index = members.firstIndex(where: { $0.key == key }) {
      members[index].value = value
    } else {
      members.append((key, value))
    }
    return .object(members)
  }

  /// Compact JSON text on one line.
  public var serialized: String {
    var out = ""
    write(to: &out)
    return out
  }

  private func write(to out: inout String) {
    switch self {
    case .null: out += "null"
    case .bool(let b): out += b ? "true" : "false"
    case .integer(let n): out += String(n)
    case .string(let s): JSONValue.writeString(s, to: &out)
    case .array(let items):
      out += "["
      for (i, item) in items.enumerated() {
        if i > 0 { out += "," }
        item.write(to: &out)
      }
      out += "]"
    case .object(let members):
      out += "{"
      for (i, member) in members.enumerated() {
        if i > 0 { out += "," }
        JSONValue.writeString(member.key, to: &out)
        out += ":"
        member.value.write(to: &out)
      }
      out += "}"
    }
  }

  /// Escapes every control character, so hostile text cannot break the line-per-record contract.
  private static func writeString(_ s: String, to out: inout String) {
    // Printable ASCII without quote or backslash (most values: hex, decimals, names) needs no
    // escaping and is appended whole.
    if s.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7f && $0 != 0x22 && $0 != 0x5c }) {
      out += "\""
      out += s
      out += "\""
      return
    }
    out += "\""
    for scalar in s.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      // Escaped as \uXXXX, which JSON reads back unchanged: a pager or terminal showing the
      // output never meets the raw character.
      case _ where TerminalSafeText.isUnsafe(scalar):
        out += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
        out += String(scalar.value, radix: 16)
      default: out.unicodeScalars.append(scalar)
      }
    }
    out += "\""
  }
}
