import TxrayCore

/// EIP-712 `hashStruct` and `encodeData` over checked values.
struct TypedDataHasher {
  let types: TypedDataTypes
  /// encodeType is the same text for every value of a struct, so its hash is computed once.
  private var typeHashes: [String: [UInt8]] = [:]

  init(types: TypedDataTypes) {
    self.types = types
  }

  /// keccak256(typeHash ‖ encodeData(value)) for a struct value.
  mutating func hashStruct(_ value: TypedDataValue) -> [UInt8] {
    guard case .structure(let name, let members) = value else { return encodeField(value) }
    var encoded = typeHash(name)
    encoded.reserveCapacity(32 * (members.count + 1))
    for member in members { encoded += encodeField(member.value) }
    return Keccak256.hash(encoded)
  }

  private mutating func typeHash(_ name: String) -> [UInt8] {
    if let known = typeHashes[name] { return known }
    let hash = types.typeHash(name)
    typeHashes[name] = hash
    return hash
  }

  /// The 32-byte word a member contributes to its struct's encoding.
  private mutating func encodeField(_ value: TypedDataValue) -> [UInt8] {
    switch value {
    case .structure: return hashStruct(value)
    case .array(_, let elements):
      var joined: [UInt8] = []
      joined.reserveCapacity(32 * elements.count)
      for element in elements { joined += encodeField(element) }
      return Keccak256.hash(joined)
    case .atomic(_, let atom):
      switch atom {
      case .uint(let word), .int(let word): return word.bigEndianBytes
      case .address(let address): return [UInt8](repeating: 0, count: 12) + address.bytes
      case .bool(let flag): return (flag ? UInt256(1) : UInt256.zero).bigEndianBytes
      case .fixedBytes(let bytes):
        return bytes + [UInt8](repeating: 0, count: max(0, 32 - bytes.count))
      case .bytes(let bytes): return Keccak256.hash(bytes)
      case .string(let text): return Keccak256.hash(text.bytes)
      // The reader builds arrays and structs as `TypedDataValue`s, never as atomic ABI values.
      case .array, .tuple: return [UInt8](repeating: 0, count: 32)
      }
    }
  }
}
