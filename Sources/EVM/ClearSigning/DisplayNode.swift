import TxrayCore

/// Decoded call arguments or a typed-data message as one tree that ERC-7730 paths walk: named
/// members (arguments, tuple fields, struct members), list elements, and typed leaf values.
indirect enum DisplayNode: Sendable {
  case leaf(ABIType, ABIValue)
  case list([DisplayNode])
  case record([(name: String, node: DisplayNode)])

  /// A call's arguments under the parameter names of the descriptor's own declaration (which
  /// its paths use), whatever names the decoder's ABI had.
  static func arguments(_ parameters: [ABIParameter], _ values: [ABIValue]) -> DisplayNode {
    .record(zip(parameters, values).map { ($0.name, abi($1, $0.type)) })
  }

  static func abi(_ value: ABIValue, _ type: ABIType) -> DisplayNode {
    switch (type, value) {
    case (.tuple(let fields), .tuple(let values)): return arguments(fields, values)
    case (.array(let element), .array(let values)),
      (.fixedArray(let element, _), .array(let values)):
      return .list(values.map { abi($0, element) })
    default: return .leaf(type, value)
    }
  }

  static func typedData(_ value: TypedDataValue) -> DisplayNode {
    switch value {
    case .atomic(let type, let atom): return .leaf(type, atom)
    case .array(_, let elements): return .list(elements.map(typedData))
    case .structure(_, let members): return .record(members.map { ($0.name, typedData($0.value)) })
    }
  }

  /// The nodes a path's steps lead to; several when the path iterates with `[]`.
  func resolve(_ steps: ArraySlice<FieldPath.Step>) -> [DisplayNode]? {
    guard let step = steps.first else { return [self] }
    let rest = steps.dropFirst()
    switch (step, self) {
    case (.member(let name), .record(let members)):
      return members.first { $0.name == name }?.node.resolve(rest)
    case (.index(let i), .list(let items)):
      let at = i < 0 ? items.count + i : i
      guard items.indices.contains(at) else { return nil }
      return items[at].resolve(rest)
    case (.all, .list(let items)):
      var found: [DisplayNode] = []
      for item in items {
        guard let nodes = item.resolve(rest) else { return nil }
        found += nodes
      }
      return found
    case (.slice(let from, let to), .list(let items)):
      guard let range = FieldPath.range(from, to, count: items.count) else { return nil }
      return DisplayNode.list(Array(items[range])).resolve(rest)
    case (.slice(let from, let to), .leaf(_, let value)):
      guard case .bytes(let bytes) = value.sliceableBytes, rest.isEmpty,
        let range = FieldPath.range(from, to, count: bytes.count)
      else { return nil }
      return [.leaf(.bytes, .bytes(Array(bytes[range])))]
    default:
      return nil
    }
  }
}

extension ABIValue {
  /// `bytes` and `bytesN` values as `.bytes`, for slicing; other values unchanged.
  var byteForm: ABIValue {
    if case .fixedBytes(let bytes) = self { return .bytes(bytes) }
    return self
  }

  /// What a slice cuts: the bytes of `bytes` and `bytesN`, and the 32-byte big-endian word of an
  /// integer (ERC-7730 slices integers so: OKX and 1inch pack an address into a uint256's low 20
  /// bytes and flags into its high ones, `srcToken.[-20:]`, `rawdata.[0:1]`).
  var sliceableBytes: ABIValue {
    switch self {
    case .uint(let word), .int(let word): return .bytes(word.bigEndianBytes)
    default: return byteForm
    }
  }

  /// The value as an unsigned integer when it reads as one (uint, non-negative int, up to 32 bytes).
  var integerValue: UInt256? {
    switch self {
    case .uint(let value): return value
    case .int(let word): return word >> 255 == 1 ? nil : word
    case .fixedBytes(let bytes), .bytes(let bytes): return UInt256(bigEndianBytes: bytes)
    case .bool(let flag): return flag ? 1 : 0
    default: return nil
    }
  }

  /// The value as an address: an address, exactly 20 bytes (a slice such as `[-20:]`), or an
  /// integer below 2^160 (1inch v6 passes tokens as its `Address` type, a uint256).
  var addressValue: Address? {
    switch self {
    case .address(let address): return address
    case .fixedBytes(let bytes), .bytes(let bytes): return Address(bytes: bytes)
    case .uint(let word) where word >> 160 == .zero:
      return Address(bytes: word.bigEndianBytes.suffix(20))
    default: return nil
    }
  }
}
