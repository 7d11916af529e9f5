import TxrayCore

/// A strict reader of the standard ABI encoding, safe on hostile calldata.
///
/// Every offset and length is checked against the data before it is used, so no input can read
/// out of range or trap. Two budgets keep memory linear in the input: an ABI value cannot hold
/// more bytes, or more values, than a canonical encoding of that size could, because a hostile
/// blob can point many offsets at the same region and would otherwise decode into far more data
/// than it contains. Static values are checked for clean padding (a `uint8` word with high bits
/// set, an address with a dirty upper 12 bytes, a bool other than 0 or 1), as Solidity's own
/// decoder does: such calldata reverts on chain, and rejecting it also tells colliding selectors
/// apart.
public struct ABIDecoder {
  private let data: [UInt8]
  /// Bytes a decoded `bytes`/`string` may still take in total.
  private var byteBudget: Int
  /// Values that may still be created in total.
  private var valueBudget: Int

  private init(_ data: [UInt8]) {
    self.data = data
    self.byteBudget = data.count
    // Each value in a canonical encoding owns at least one word of its own, except static tuples
    // and fixed arrays, which nest at most `maxNestingDepth` deep around such a value.
    self.valueBudget = (data.count / 32 + 1) * (ABIType.maxNestingDepth + 1)
  }

  /// Decodes the tuple `parameters` encoded in `data` from `start` (e.g. 4, after a selector).
  /// Bytes after the encoding are ignored, as on chain. Error offsets index into `data`.
  public static func decode(
    _ parameters: [ABIParameter], from data: [UInt8], at start: Int = 0
  ) throws(ABIError) -> [ABIValue] {
    guard start >= 0, start <= data.count else {
      throw ABIError("start \(start) is outside the data", offset: data.count)
    }
    var decoder = ABIDecoder(data)
    return try decoder.readTuple(parameters, at: start, path: "", depth: 0)
  }

  /// Decodes the arguments of `function` from calldata that starts with its selector.
  public static func decodeArguments(
    of function: ABIFunction, calldata: [UInt8]
  ) throws(ABIError) -> [ABIValue] {
    guard calldata.count >= 4, Array(calldata.prefix(4)) == function.selector else {
      throw ABIError(
        "calldata does not start with the selector of \(function.signature)", offset: 0)
    }
    return try decode(function.inputs, from: calldata, at: 4)
  }

  /// Whether `word` is the sign extension of an `int<bits>` (all bits above bit `bits-1` copy it).
  static func isSignExtended(_ word: UInt256, bits: Int) -> Bool {
    guard bits < 256 else { return true }
    let high = word >> (bits - 1)
    return high.isZero || high == UInt256.max >> (bits - 1)
  }

  private mutating func readTuple(
    _ fields: [ABIParameter], at start: Int, path: String, depth: Int
  ) throws(ABIError) -> [ABIValue] {
    var values: [ABIValue] = []
    values.reserveCapacity(fields.count)
    var head = start
    for (i, field) in fields.enumerated() {
      let fieldPath = Self.join(path, field.name.isEmpty ? "[\(i)]" : field.name)
      values.append(
        try readElement(field.type, head: head, base: start, path: fieldPath, depth: depth))
      // headSize is known to fit: readElement checked the element's inline size against the data.
      head += field.type.headSize ?? 32
    }
    return values
  }

  /// Reads one element whose head word sits at `head`; a dynamic element's offset is relative
  /// to `base`, the start of the enclosing tuple or array body.
  private mutating func readElement(
    _ type: ABIType, head: Int, base: Int, path: String, depth: Int
  ) throws(ABIError) -> ABIValue {
    guard depth < ABIType.maxNestingDepth else {
      throw ABIError(
        "value nests deeper than \(ABIType.maxNestingDepth) levels", path: path, offset: head)
    }
    guard type.isDynamic else { return try readValue(type, at: head, path: path, depth: depth) }
    let offset = try readWord(at: head, path: path)
    guard let relative = offset.uint64Value.flatMap({ Int(exactly: $0) }),
      relative <= data.count - base
    else {
      throw ABIError("offset \(offset) points past the end of the data", path: path, offset: head)
    }
    return try readValue(type, at: base + relative, path: path, depth: depth)
  }

  private mutating func readValue(
    _ type: ABIType, at position: Int, path: String, depth: Int
  ) throws(ABIError) -> ABIValue {
    guard valueBudget > 0 else {
      throw ABIError(
        "the data decodes into more values than its size allows (offsets reuse the same bytes)",
        path: path, offset: position)
    }
    valueBudget -= 1
    switch type {
    case .uint(let bits):
      let word = try readWord(at: position, path: path)
      guard word.bitWidth <= bits else {
        throw ABIError("value does not fit in uint\(bits)", path: path, offset: position)
      }
      return .uint(word)
    case .int(let bits):
      let word = try readWord(at: position, path: path)
      guard Self.isSignExtended(word, bits: bits) else {
        throw ABIError("value is not a sign-extended int\(bits)", path: path, offset: position)
      }
      return .int(word)
    case .address:
      let word = try readWord(at: position, path: path)
      guard word.bitWidth <= 160, let address = Address(bytes: word.bigEndianBytes.suffix(20))
      else {
        throw ABIError("address has non-zero upper bytes", path: path, offset: position)
      }
      return .address(address)
    case .bool:
      let word = try readWord(at: position, path: path)
      guard word.bitWidth <= 1 else {
        throw ABIError("bool is neither 0 nor 1", path: path, offset: position)
      }
      return .bool(word == 1)
    case .fixedBytes(let n):
      try require(32, at: position, path: path)
      guard data[(position + n)..<(position + 32)].allSatisfy({ $0 == 0 }) else {
        throw ABIError("bytes\(n) has non-zero padding", path: path, offset: position + n)
      }
      return .fixedBytes(Array(data[position..<(position + n)]))
    case .bytes:
      return .bytes(try readLengthPrefixed(at: position, path: path))
    case .string:
      return .string(ABIString(bytes: try readLengthPrefixed(at: position, path: path)))
    case .array(let element):
      let length = try readWord(at: position, path: path)
      let body = position + 32
      // Every element takes at least one word of the body, so the remaining data caps the count
      // before anything is allocated.
      let elementSize = max(element.headSize ?? Int.max, 32)
      guard let count = length.uint64Value.flatMap({ Int(exactly: $0) }),
        count <= (data.count - body) / elementSize
      else {
        throw ABIError(
          "array length \(length) exceeds the remaining data", path: path, offset: position)
      }
      return .array(try readElements(element, count: count, at: body, path: path, depth: depth))
    case .fixedArray(let element, let count):
      guard let size = type.headSize, size <= data.count - position else {
        throw ABIError("\(type) runs past the end of the data", path: path, offset: position)
      }
      return .array(try readElements(element, count: count, at: position, path: path, depth: depth))
    case .tuple(let fields):
      guard let size = type.headSize, size <= data.count - position else {
        throw ABIError("tuple runs past the end of the data", path: path, offset: position)
      }
      return .tuple(try readTuple(fields, at: position, path: path, depth: depth + 1))
    }
  }

  /// Elements laid out like a tuple of `count` copies of `element`; the caller checked that
  /// their heads fit in the data.
  private mutating func readElements(
    _ element: ABIType, count: Int, at start: Int, path: String, depth: Int
  ) throws(ABIError) -> [ABIValue] {
    let stride = element.headSize ?? 32
    var values: [ABIValue] = []
    values.reserveCapacity(count)
    for i in 0..<count {
      values.append(
        try readElement(
          element, head: start + i * stride, base: start, path: path + "[\(i)]", depth: depth + 1))
    }
    return values
  }

  private mutating func readLengthPrefixed(at position: Int, path: String) throws(ABIError)
    -> [UInt8]
  {
    let length = try readWord(at: position, path: path)
    let start = position + 32
    guard let count = length.uint64Value.flatMap({ Int(exactly: $0) }),
      count <= data.count - start
    else {
      throw ABIError("length \(length) exceeds the remaining data", path: path, offset: position)
    }
    guard count <= byteBudget else {
      throw ABIError(
        "the data decodes into more bytes than it holds (offsets reuse the same bytes)",
        path: path, offset: position)
    }
    byteBudget -= count
    return Array(data[start..<(start + count)])
  }

  private func readWord(at position: Int, path: String) throws(ABIError) -> UInt256 {
    try require(32, at: position, path: path)
    return UInt256(bigEndianBytes: data[position..<(position + 32)]) ?? .zero
  }

  private func require(_ count: Int, at position: Int, path: String) throws(ABIError) {
    guard position >= 0, position <= data.count, count <= data.count - position else {
      throw ABIError("data ends before this value", path: path, offset: min(position, data.count))
    }
  }

  private static func join(_ path: String, _ component: String) -> String {
    if path.isEmpty { return component }
    return component.hasPrefix("[") ? path + component : path + "." + component
  }
}
