import TxrayCore

/// Typed reads of the fields of a JSON transaction request, each throwing a `DecodeError` that
/// names the field when it has the wrong JSON type or a malformed value.
struct RequestFields {
  let object: JSONValue
  /// Where this object sits in the request, e.g. "authorizationList[0]."; "" at the top.
  var path = ""

  /// The same object without the members `names`.
  func removing(_ names: [String]) -> RequestFields {
    guard let members = object.objectMembers else { return self }
    return RequestFields(object: .object(members.filter { !names.contains($0.key) }), path: path)
  }

  func removing(_ name: String) -> RequestFields { removing([name]) }

  /// Whether any of `keys` is present and not null.
  func has(_ keys: String...) -> Bool {
    keys.contains { key in object[key].map { $0 != .null } ?? false }
  }

  /// A quantity under one of `keys`: 0x-hex (the JSON-RPC form), a decimal string, or a
  /// non-negative JSON integer.
  func quantity(_ keys: String...) throws(DecodeError) -> UInt256? {
    try read(keys, Self.quantity)
  }

  /// A 20-byte address.
  func address(_ key: String) throws(DecodeError) -> Address? {
    try read([key], Self.address)
  }

  /// Hex bytes under one of `keys` (`data` / `input`).
  func bytes(_ keys: String...) throws(DecodeError) -> [UInt8]? {
    try read(keys) { value, field throws(DecodeError) in try Self.bytes(value, field: field) }
  }

  /// A JSON array under `key`, each element read by `element` with its indexed field name.
  func array<Element: Equatable>(
    _ key: String, _ element: (JSONValue, String) throws(DecodeError) -> Element
  ) throws(DecodeError) -> [Element]? {
    try read([key]) { value, field throws(DecodeError) in
      guard let items = value.arrayItems else {
        throw DecodeError("\(field) must be a JSON array")
      }
      var elements: [Element] = []
      for (index, item) in items.enumerated() {
        elements.append(try element(item, "\(field)[\(index)]"))
      }
      return elements
    }
  }

  /// Reads the first present, non-null one of `keys` (aliases such as gas/gasLimit). When two
  /// aliases are present they must mean the same thing, since a wallet would otherwise guess.
  private func read<Value: Equatable>(
    _ keys: [String], _ parse: (JSONValue, String) throws(DecodeError) -> Value
  ) throws(DecodeError) -> Value? {
    var found: (field: String, value: Value)?
    for key in keys {
      guard let raw = object[key], raw != .null else { continue }
      let value = try parse(raw, path + key)
      if let earlier = found {
        guard earlier.value == value else {
          throw DecodeError("\(earlier.field) and \(path + key) are both present and differ")
        }
      } else {
        found = (path + key, value)
      }
    }
    return found?.value
  }

  static func quantity(_ value: JSONValue, field: String) throws(DecodeError) -> UInt256 {
    var parsed: UInt256?
    switch value {
    case .string(let text):
      let isHex = text.hasPrefix("0x") || text.hasPrefix("0X")
      parsed = isHex ? UInt256(hexString: text) : UInt256(decimalString: text)
    case .number(let text): parsed = UInt256(decimalString: text)
    default: break
    }
    guard let parsed else {
      throw DecodeError(
        "\(field) must be a 0x-hex quantity, a decimal string or a non-negative integer below 2^256"
      )
    }
    return parsed
  }

  /// A mixed-case address must carry a valid EIP-55 checksum: a wrong one usually means a
  /// mistyped address, which is exactly what nobody should sign.
  static func address(_ value: JSONValue, field: String) throws(DecodeError) -> Address {
    guard let text = value.stringValue, text.hasPrefix("0x") || text.hasPrefix("0X"),
      let address = Address(hex: text)
    else {
      throw DecodeError("\(field) must be a 0x-prefixed 20-byte hex address")
    }
    guard Address.isValidChecksum(text) else {
      throw DecodeError("\(field) has mixed case that is not a valid EIP-55 checksum")
    }
    return address
  }

  static func bytes(
    _ value: JSONValue, field: String, length: Int? = nil
  ) throws(DecodeError) -> [UInt8] {
    guard let text = value.stringValue else {
      throw DecodeError("\(field) must be a 0x-hex string")
    }
    let bytes: [UInt8]
    do {
      bytes = try Hex.decode(text)
    } catch {
      throw DecodeError("\(field): \(error)")
    }
    if let length, bytes.count != length {
      throw DecodeError("\(field) must be \(length) bytes, found \(bytes.count)")
    }
    return bytes
  }

  /// A nested JSON object, read with the same typed accessors.
  static func object(_ value: JSONValue, field: String) throws(DecodeError) -> RequestFields {
    guard case .object = value else { throw DecodeError("\(field) must be a JSON object") }
    return RequestFields(object: value, path: field + ".")
  }
}
