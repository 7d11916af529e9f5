import TxrayCore

/// Writes values in the standard (non-packed) ABI encoding.
///
/// txray only reads calldata, but an encoder lets the tests round-trip every type against an
/// independent implementation, and EIP-712 hashing needs the same 32-byte words.
public enum ABIEncoder {
  /// The encoding of `values` as the tuple `types`, e.g. a call's arguments without selector.
  public static func encode(_ values: [ABIValue], as types: [ABIType]) throws(ABIError) -> [UInt8] {
    try encodeTuple(values, types, path: "", depth: 0)
  }

  /// Selector followed by the encoded arguments.
  public static func encodeCall(
    _ function: ABIFunction, _ arguments: [ABIValue]
  ) throws(ABIError) -> [UInt8] {
    try function.selector + encode(arguments, as: function.inputs.map(\.type))
  }

  /// The one 32-byte word of a static elementary value (integer, address, bool, `bytes<n>`).
  public static func word(_ value: ABIValue, as type: ABIType) throws(ABIError) -> [UInt8] {
    switch type {
    case .uint, .int, .address, .bool, .fixedBytes:
      return try encodeValue(value, type, path: "", depth: 0)
    default:
      throw ABIError("\(type) is not a single-word type")
    }
  }

  private static func encodeTuple(
    _ values: [ABIValue], _ types: [ABIType], path: String, depth: Int
  ) throws(ABIError) -> [UInt8] {
    guard values.count == types.count else {
      throw ABIError("expected \(types.count) values, got \(values.count)", path: path)
    }
    guard depth <= ABIType.maxNestingDepth else {
      throw ABIError("value nests deeper than \(ABIType.maxNestingDepth) levels", path: path)
    }
    var headSize = 0
    for type in types {
      guard let size = type.headSize else {
        throw ABIError("type \(type) is too large", path: path)
      }
      headSize += size
    }
    var head: [UInt8] = []
    var tail: [UInt8] = []
    for (i, (value, type)) in zip(values, types).enumerated() {
      let encoded = try encodeValue(value, type, path: path + "[\(i)]", depth: depth + 1)
      if type.isDynamic {
        head += UInt256(UInt64(headSize + tail.count)).bigEndianBytes
        tail += encoded
      } else {
        head += encoded
      }
    }
    return head + tail
  }

  private static func encodeValue(
    _ value: ABIValue, _ type: ABIType, path: String, depth: Int
  ) throws(ABIError) -> [UInt8] {
    switch (type, value) {
    case (.uint(let bits), .uint(let n)):
      guard n.bitWidth <= bits else {
        throw ABIError("\(n) does not fit in uint\(bits)", path: path)
      }
      return n.bigEndianBytes
    case (.int(let bits), .int(let word)):
      guard ABIDecoder.isSignExtended(word, bits: bits) else {
        throw ABIError("value does not fit in int\(bits)", path: path)
      }
      return word.bigEndianBytes
    case (.address, .address(let address)):
      return [UInt8](repeating: 0, count: 12) + address.bytes
    case (.bool, .bool(let flag)):
      return UInt256(flag ? 1 : 0).bigEndianBytes
    case (.fixedBytes(let n), .fixedBytes(let bytes)):
      guard bytes.count == n else {
        throw ABIError("bytes\(n) needs \(n) bytes, got \(bytes.count)", path: path)
      }
      return bytes + [UInt8](repeating: 0, count: 32 - n)
    case (.bytes, .bytes(let bytes)):
      return lengthPrefixed(bytes)
    case (.string, .string(let string)):
      return lengthPrefixed(string.bytes)
    case (.array(let element), .array(let items)):
      return UInt256(UInt64(items.count)).bigEndianBytes
        + (try encodeTuple(
          items, Array(repeating: element, count: items.count), path: path, depth: depth))
    case (.fixedArray(let element, let count), .array(let items)):
      guard items.count == count else {
        throw ABIError("\(type) needs \(count) elements, got \(items.count)", path: path)
      }
      return try encodeTuple(
        items, Array(repeating: element, count: count), path: path, depth: depth)
    case (.tuple(let fields), .tuple(let items)):
      return try encodeTuple(items, fields.map(\.type), path: path, depth: depth)
    default:
      throw ABIError("value does not match type \(type)", path: path)
    }
  }

  private static func lengthPrefixed(_ bytes: [UInt8]) -> [UInt8] {
    let padding = (32 - bytes.count % 32) % 32
    return UInt256(UInt64(bytes.count)).bigEndianBytes + bytes
      + [UInt8](repeating: 0, count: padding)
  }
}
