import TxrayCore

/// How decoded values are shown to people and in `--json`: integers in decimal (they exceed
/// what JSON numbers carry exactly), addresses in EIP-55, bytes as 0x-hex, strings made safe for
/// a terminal, arrays and tuples as nested lists and objects.
extension ABIValue {
  /// One line of text, e.g. `[0xA0b8…eB48, 5]` or `(token: 0x…, amount: 1)`; tuple fields are
  /// named from `type` when it names them. `dynamicBytes` writes each `bytes` value, however
  /// deep in arrays and tuples (a shortened form for a text account; whole hex by default).
  public func text(
    as type: ABIType, dynamicBytes: ([UInt8]) -> String = { Hex.encode($0) }
  ) -> String {
    switch self {
    case .uint, .int: return signedDecimalString ?? ""
    case .address(let address): return address.checksummed
    case .bool(let flag): return flag ? "true" : "false"
    case .fixedBytes(let bytes): return Hex.encode(bytes)
    case .bytes(let bytes): return dynamicBytes(bytes)
    case .string(let string):
      guard let text = string.text else {
        return "(invalid UTF-8) " + Hex.encode(string.bytes)
      }
      return "\"" + TerminalSafeText.sanitize(text) + "\""
    case .array(let items):
      let element = type.elementType
      return "["
        + items.map { $0.text(as: element, dynamicBytes: dynamicBytes) }.joined(separator: ", ")
        + "]"
    case .tuple(let items):
      let fields = type.tupleFields(count: items.count)
      return "("
        + zip(fields, items).map { field, item in
          let shown = item.text(as: field.type, dynamicBytes: dynamicBytes)
          return field.name.isEmpty ? shown : TerminalSafeText.sanitize(field.name) + ": " + shown
        }.joined(separator: ", ") + ")"
    }
  }

  /// The value as JSON: a string for every scalar, an array for arrays, an object for tuples
  /// (keyed by field name, or by position when the ABI left names out). A string that is not
  /// valid UTF-8 becomes `{"invalidUTF8": "0x…"}` so it cannot pass for text.
  public func json(as type: ABIType) -> JSONValue {
    switch self {
    case .string(let string):
      guard let text = string.text else {
        return .object([("invalidUTF8", .string(Hex.encode(string.bytes)))])
      }
      return .string(TerminalSafeText.sanitize(text))
    case .array(let items):
      let element = type.elementType
      return .array(items.map { $0.json(as: element) })
    case .tuple(let items):
      let fields = type.tupleFields(count: items.count)
      var used = Set<String>()
      return .object(
        zip(fields, items).enumerated().map { index, pair in
          // A missing or repeated field name would lose a value in a JSON object.
          let name = pair.0.name
          let key = name.isEmpty || !used.insert(name).inserted ? String(index) : name
          return (key, pair.1.json(as: pair.0.type))
        })
    default:
      return .string(text(as: type))
    }
  }
}

extension ABIType {
  /// The element type of an array type; the type itself otherwise.
  var elementType: ABIType {
    switch self {
    case .array(let element), .fixedArray(let element, _): return element
    default: return self
    }
  }

  /// The fields of a tuple type, padded with unnamed ones when a value has more items than the
  /// type describes (a guessed or hand-built value).
  func tupleFields(count: Int) -> [ABIParameter] {
    var fields: [ABIParameter] = []
    if case .tuple(let declared) = self { fields = declared }
    while fields.count < count { fields.append(ABIParameter(type: .bytes)) }
    return fields
  }
}
