import TxrayCore

/// Checks JSON values against their declared EIP-712 types and turns them into `TypedDataValue`s.
///
/// Strict on purpose: a wallet that silently pads a short `bytes32`, drops an unknown member or
/// reads `"1e3"` as a number signs something other than what the person was shown.
struct TypedDataValueReader {
  let types: TypedDataTypes
  private var budget = TypedData.maxValues

  init(types: TypedDataTypes) {
    self.types = types
  }

  mutating func readStruct(_ name: String, _ json: JSONValue, path: String) throws(TypedDataError)
    -> TypedDataValue
  {
    try spend(path)
    guard let members = json.objectMembers else {
      throw TypedDataError(
        "expected an object for struct \(name), got \(json.kindName)", path: path)
    }
    let declared = types.members(of: name)
    let known = Set(declared.map(\.field.name))
    if let extra = members.first(where: { !known.contains($0.key) }) {
      throw TypedDataError(
        "member '\(extra.key)' is not declared in struct \(name)", path: join(path, extra.key))
    }
    var values: [TypedDataValue.Member] = []
    for (field, type) in declared {
      let fieldPath = join(path, field.name)
      guard let value = members.first(where: { $0.key == field.name })?.value else {
        throw TypedDataError("missing member of type \(field.type)", path: fieldPath)
      }
      values.append(
        .init(
          name: field.name, type: field.type,
          value: try read(type, field.type, value, path: fieldPath)))
    }
    return .structure(type: name, values)
  }

  private mutating func read(
    _ type: TypedDataType, _ typeText: String, _ json: JSONValue, path: String
  ) throws(TypedDataError) -> TypedDataValue {
    switch type {
    case .structure(let name): return try readStruct(name, json, path: path)
    case .atomic(let abiType):
      try spend(path)
      return .atomic(abiType, try atom(abiType, json, path: path))
    case .array(let element, let count):
      try spend(path)
      guard let items = json.arrayItems else {
        throw TypedDataError("expected an array for \(typeText), got \(json.kindName)", path: path)
      }
      if let count, items.count != count {
        throw TypedDataError(
          "\(typeText) needs exactly \(count) elements, got \(items.count)", path: path)
      }
      let elementText = Self.elementTypeText(typeText)
      var elements: [TypedDataValue] = []
      elements.reserveCapacity(items.count)
      for (i, item) in items.enumerated() {
        elements.append(try read(element, elementText, item, path: "\(path)[\(i)]"))
      }
      return .array(type: typeText, elements)
    }
  }

  private mutating func spend(_ path: String) throws(TypedDataError) {
    budget -= 1
    if budget < 0 {
      throw TypedDataError("typed data holds more than \(TypedData.maxValues) values", path: path)
    }
  }

  private func atom(_ type: ABIType, _ json: JSONValue, path: String) throws(TypedDataError)
    -> ABIValue
  {
    switch type {
    case .uint(let bits):
      let (negative, magnitude) = try integer(json, type, path: path)
      guard !negative || magnitude.isZero, magnitude.bitWidth <= bits else {
        throw TypedDataError("\(Self.jsonText(json)) is out of range for \(type)", path: path)
      }
      return .uint(magnitude)
    case .int(let bits):
      let (negative, magnitude) = try integer(json, type, path: path)
      // intN holds -2^(N-1) ... 2^(N-1)-1: the magnitude may reach 2^(N-1) only when negative.
      let limit = UInt256(1) << (bits - 1)
      guard negative ? magnitude <= limit : magnitude < limit else {
        throw TypedDataError("\(Self.jsonText(json)) is out of range for \(type)", path: path)
      }
      return .int(negative: negative, magnitude: magnitude)
    case .bool:
      guard case .bool(let flag) = json else {
        throw TypedDataError("expected true or false for bool, got \(json.kindName)", path: path)
      }
      return .bool(flag)
    case .address:
      guard let text = json.stringValue else {
        throw TypedDataError("expected an address string, got \(json.kindName)", path: path)
      }
      guard text.hasPrefix("0x") || text.hasPrefix("0X"), text.utf8.count == 42,
        let address = Address(hex: text)
      else {
        throw TypedDataError("'\(text)' is not an address (0x and 40 hex digits)", path: path)
      }
      guard Address.isValidChecksum(text) else {
        throw TypedDataError("'\(text)' has a wrong EIP-55 checksum", path: path)
      }
      return .address(address)
    case .fixedBytes(let length):
      let bytes = try hexBytes(json, type, path: path)
      guard bytes.count == length else {
        throw TypedDataError(
          "\(type) needs exactly \(length) bytes, got \(bytes.count)", path: path)
      }
      return .fixedBytes(bytes)
    case .bytes:
      return .bytes(try hexBytes(json, type, path: path))
    case .string:
      guard let text = json.stringValue else {
        throw TypedDataError("expected a string, got \(json.kindName)", path: path)
      }
      return .string(text)
    case .array, .fixedArray, .tuple:
      throw TypedDataError("\(type) is not an EIP-712 atomic type", path: path)
    }
  }

  /// An integer from a JSON integer, a decimal string (either may be negative) or a 0x-hex string.
  private func integer(_ json: JSONValue, _ type: ABIType, path: String) throws(TypedDataError)
    -> (negative: Bool, magnitude: UInt256)
  {
    let text: String
    switch json {
    case .number(let digits): text = digits
    case .string(let given): text = given
    default:
      throw TypedDataError("expected an integer for \(type), got \(json.kindName)", path: path)
    }
    if text.hasPrefix("0x") || text.hasPrefix("0X") {
      guard case .string = json, let value = UInt256(hexString: text) else {
        throw TypedDataError("'\(text)' is not a 256-bit hex integer", path: path)
      }
      return (false, value)
    }
    let negative = text.hasPrefix("-")
    let digits = negative ? String(text.dropFirst()) : text
    guard let magnitude = UInt256(decimalString: digits) else {
      throw TypedDataError("'\(text)' is not an integer that fits \(type)", path: path)
    }
    return (negative, magnitude)
  }

  private func hexBytes(_ json: JSONValue, _ type: ABIType, path: String) throws(TypedDataError)
    -> [UInt8]
  {
    guard let text = json.stringValue, text.hasPrefix("0x") || text.hasPrefix("0X") else {
      throw TypedDataError("expected 0x-prefixed hex for \(type), got \(json.kindName)", path: path)
    }
    do {
      return try Hex.decode(text)
    } catch {
      throw TypedDataError("bad hex for \(type): \(error)", path: path)
    }
  }

  /// `Person[2][]` → `Person[2]`: the element type of an array type text.
  static func elementTypeText(_ text: String) -> String {
    guard let open = text.lastIndex(of: "[") else { return text }
    return String(text[..<open])
  }

  private static func jsonText(_ json: JSONValue) -> String {
    switch json {
    case .number(let text): return text
    case .string(let text): return "'\(text)'"
    default: return json.kindName
    }
  }

  private func join(_ path: String, _ name: String) -> String {
    path.isEmpty ? name : path + "." + name
  }
}
