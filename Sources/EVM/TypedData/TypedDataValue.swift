import TxrayCore

/// A typed-data value after checking it against its declared type: the tree a person reads and
/// the hasher encodes.
public indirect enum TypedDataValue: Sendable, Equatable {
  /// A Solidity value of an atomic or dynamic type (`string` and `bytes` included).
  case atomic(ABIType, ABIValue)
  /// Elements of an array; `type` is the array's declared type text, e.g. `Person[]`.
  case array(type: String, [TypedDataValue])
  /// A struct's members in declaration order.
  case structure(type: String, [Member])

  public struct Member: Sendable, Equatable {
    public var name: String
    /// The member's declared type text.
    public var type: String
    public var value: TypedDataValue
  }

  /// The member named `name` of a struct value.
  public subscript(member name: String) -> TypedDataValue? {
    guard case .structure(_, let members) = self else { return nil }
    return members.first { $0.name == name }?.value
  }

  public var arrayElements: [TypedDataValue]? {
    if case .array(_, let elements) = self { return elements }
    return nil
  }

  public var uintValue: UInt256? {
    if case .atomic(_, .uint(let value)) = self { return value }
    return nil
  }

  public var addressValue: Address? {
    if case .atomic(_, .address(let value)) = self { return value }
    return nil
  }

  public var boolValue: Bool? {
    if case .atomic(_, .bool(let value)) = self { return value }
    return nil
  }

  /// The value as one line of text: decimal integers, EIP-55 addresses, 0x-hex bytes, strings
  /// as given; nil for arrays and structs.
  public var displayText: String? {
    guard case .atomic(_, let value) = self else { return nil }
    switch value {
    case .uint, .int: return value.signedDecimalString
    case .address(let address): return address.checksummed
    case .bool(let flag): return flag ? "true" : "false"
    case .fixedBytes(let bytes), .bytes(let bytes): return Hex.encode(bytes)
    case .string(let text): return text.text ?? Hex.encode(text.bytes)
    case .array, .tuple: return nil
    }
  }
}
