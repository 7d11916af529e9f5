/// txray's one JSON type: documents built by code and documents read from untrusted text,
/// written with their keys in the order they were given or read.
///
/// Foundation's encoders sort or scramble keys; txray's `--json` output is read by people too, and
/// a stable, documented field order makes diffs and the man page easier to follow. Foundation's
/// parser rounds numbers through `Double`, while typed data and RPC answers carry 256-bit integers
/// as bare numbers a signer must see exactly: a number keeps the text it was written with.
public indirect enum JSONValue: Sendable, Equatable {
  case null
  case bool(Bool)
  /// The number's text exactly as written, e.g. `-12`, `1e18`, `0.5`.
  case number(String)
  case string(String)
  case array([JSONValue])
  case object([(key: String, value: JSONValue)])

  /// A whole number. Built output uses it for small counts only (line numbers, sizes); chain
  /// quantities are decimal strings.
  public static func integer(_ value: Int) -> JSONValue { .number(String(value)) }

  public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
    switch (lhs, rhs) {
    case (.null, .null): return true
    case (.bool(let a), .bool(let b)): return a == b
    case (.number(let a), .number(let b)), (.string(let a), .string(let b)): return a == b
    case (.array(let a), .array(let b)): return a == b
    case (.object(let a), .object(let b)):
      return a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    default: return false
    }
  }

  /// The member named `key` of an object; nil for a missing key or a non-object.
  public subscript(key: String) -> JSONValue? {
    guard case .object(let members) = self else { return nil }
    return members.first { $0.key == key }?.value
  }

  /// The members of an object, or nil.
  public var objectMembers: [(key: String, value: JSONValue)]? {
    if case .object(let members) = self { return members }
    return nil
  }

  /// The items of an array, or nil.
  public var arrayItems: [JSONValue]? {
    if case .array(let items) = self { return items }
    return nil
  }

  /// The text of a string, or nil.
  public var stringValue: String? {
    if case .string(let text) = self { return text }
    return nil
  }

  /// The texts of an array whose items are all strings, or nil.
  public var stringItems: [String]? {
    guard let items = arrayItems else { return nil }
    let texts = items.compactMap(\.stringValue)
    return texts.count == items.count ? texts : nil
  }

  /// The value of a boolean, or nil.
  public var boolValue: Bool? {
    if case .bool(let value) = self { return value }
    return nil
  }

  /// The text of a number as it was written, or nil.
  public var numberText: String? {
    if case .number(let text) = self { return text }
    return nil
  }

  /// A number written as a plain integer (no fraction, no exponent) that fits `Int`, or nil.
  public var intValue: Int? { numberText.flatMap { Int($0) } }

  /// A short name of the JSON kind, for error messages ("expected a string, got an array").
  public var kindName: String {
    switch self {
    case .null: return "null"
    case .bool: return "a boolean"
    case .number: return "a number"
    case .string: return "a string"
    case .array: return "an array"
    case .object: return "an object"
    }
  }

  /// Parses JSON text (RFC 8259). Duplicate member names are refused (two readers could each
  /// pick a different one), and nesting deeper than `maxDepth` so hostile input cannot exhaust
  /// the stack.
  public init(parsing text: String, maxDepth: Int = 64) throws(JSONSyntaxError) {
    try self.init(parsing: Array(text.utf8), maxDepth: maxDepth)
  }

  /// Parses JSON bytes (UTF-8), as `init(parsing:maxDepth:)` does text.
  public init(parsing bytes: [UInt8], maxDepth: Int = 64) throws(JSONSyntaxError) {
    var parser = JSONTextParser(bytes: bytes, maxDepth: maxDepth)
    self = try parser.parseDocument()
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

  /// The same document with every object's members in ascending order of their keys.
  public var sortingKeys: JSONValue {
    switch self {
    case .array(let items): return .array(items.map(\.sortingKeys))
    case .object(let members):
      return .object(members.sorted { $0.key < $1.key }.map { ($0.key, $0.value.sortingKeys) })
    default: return self
    }
  }

  /// Multi-line JSON text indented by two spaces, `"key" : value` (the layout of Foundation's
  /// `.prettyPrinted`, which saved state files have always had).
  public var indented: String {
    var out = ""
    writeIndented(to: &out, depth: 0)
    return out
  }

  private func writeIndented(to out: inout String, depth: Int) {
    let inner = String(repeating: "  ", count: depth + 1)
    let closing = String(repeating: "  ", count: depth)
    switch self {
    case .array(let items):
      out += "[\n"
      for (i, item) in items.enumerated() {
        out += (i > 0 ? ",\n" : "") + inner
        item.writeIndented(to: &out, depth: depth + 1)
      }
      out += "\n" + closing + "]"
    case .object(let members):
      out += "{\n"
      for (i, member) in members.enumerated() {
        out += (i > 0 ? ",\n" : "") + inner
        JSONValue.writeString(member.key, to: &out)
        out += " : "
        member.value.writeIndented(to: &out, depth: depth + 1)
      }
      out += "\n" + closing + "}"
    default: write(to: &out)
    }
  }

  private func write(to out: inout String) {
    switch self {
    case .null: out += "null"
    case .bool(let b): out += b ? "true" : "false"
    case .number(let text): out += text
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
