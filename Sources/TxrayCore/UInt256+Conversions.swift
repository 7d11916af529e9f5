// Conversions between UInt256 and bytes, hex text and decimal text. Parsers return nil rather
// than trap, since their input usually comes from outside.

extension UInt256 {
  /// Reads a big-endian number of at most 32 bytes; leading zero bytes are allowed.
  public init?(bigEndianBytes bytes: some Collection<UInt8>) {
    let count = bytes.count
    guard count <= 32 else { return nil }
    // One contiguous read instead of generic per-element iteration, which is slow across modules.
    self =
      bytes.withContiguousStorageIfAvailable { Self(bigEndian: UnsafeRawBufferPointer($0)) }
      ?? Array(bytes).withUnsafeBytes { Self(bigEndian: $0) }
  }

  /// Right-aligns up to 32 bytes into a zeroed 32-byte buffer, then loads the four limbs.
  private init(bigEndian raw: UnsafeRawBufferPointer) {
    var padded: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    withUnsafeMutableBytes(of: &padded) { out in
      if let source = raw.baseAddress, raw.count > 0 {
        (out.baseAddress! + (32 - raw.count)).copyMemory(from: source, byteCount: raw.count)
      }
    }
    self.init(
      w0: UInt64(bigEndian: padded.3), w1: UInt64(bigEndian: padded.2),
      w2: UInt64(bigEndian: padded.1), w3: UInt64(bigEndian: padded.0))
  }

  /// Parses 1 to 64 hex digits of either case, with an optional `0x`/`0X` prefix.
  public init?(hexString: String) {
    var digits = Substring(hexString).utf8[...]
    if digits.starts(with: "0x".utf8) || digits.starts(with: "0X".utf8) {
      digits = digits.dropFirst(2)
    }
    let count = digits.count
    guard (1...64).contains(count) else { return nil }
    self = .zero
    for (index, character) in digits.enumerated() {
      guard let nibble = Hex.nibble(character) else { return nil }
      setBits(UInt64(nibble), atBit: 4 * (count - 1 - index))
    }
  }

  /// ORs `bits` (at most 8 of them, aligned so they stay within one limb) in at bit `position`.
  private mutating func setBits(_ bits: UInt64, atBit position: Int) {
    let shifted = bits << (position % 64)
    switch position / 64 {
    case 0: w0 |= shifted
    case 1: w1 |= shifted
    case 2: w2 |= shifted
    default: w3 |= shifted
    }
  }

  /// Parses decimal digits only (no sign, spaces or separators); nil when empty or above 2²⁵⁶−1.
  public init?(decimalString: String) {
    let digits = decimalString.utf8
    guard !digits.isEmpty else { return nil }
    var value = UInt256.zero
    // Nineteen digits at a time: 10¹⁹ is the largest power of ten below 2⁶⁴.
    var chunk: UInt64 = 0
    var chunkLength = 0
    for character in digits {
      guard character >= UInt8(ascii: "0"), character <= UInt8(ascii: "9") else { return nil }
      chunk = chunk * 10 + UInt64(character - UInt8(ascii: "0"))
      chunkLength += 1
      if chunkLength == UInt256.decimalChunkDigits {
        guard let next = value.appendingDecimalChunk(chunk, digits: chunkLength) else { return nil }
        value = next
        chunk = 0
        chunkLength = 0
      }
    }
    if chunkLength > 0 {
      guard let next = value.appendingDecimalChunk(chunk, digits: chunkLength) else { return nil }
      value = next
    }
    self = value
  }

  static let decimalChunkDigits = 19
  static let decimalChunkBase: UInt64 = 10_000_000_000_000_000_000

  /// `self × 10^digits + chunk`, or nil on overflow.
  private func appendingDecimalChunk(_ chunk: UInt64, digits: Int) -> UInt256? {
    var scale: UInt64 = 1
    for _ in 0..<digits { scale *= 10 }
    let (scaled, mulOverflow) = multipliedReportingOverflow(by: UInt256(scale))
    let (sum, addOverflow) = scaled.addingReportingOverflow(UInt256(chunk))
    return mulOverflow || addOverflow ? nil : sum
  }

  /// Exactly 32 bytes, most significant first.
  public var bigEndianBytes: [UInt8] {
    [UInt8](unsafeUninitializedCapacity: 32) { bytes, count in
      let raw = UnsafeMutableRawBufferPointer(bytes)
      raw.storeBytes(of: w3.bigEndian, toByteOffset: 0, as: UInt64.self)
      raw.storeBytes(of: w2.bigEndian, toByteOffset: 8, as: UInt64.self)
      raw.storeBytes(of: w1.bigEndian, toByteOffset: 16, as: UInt64.self)
      raw.storeBytes(of: w0.bigEndian, toByteOffset: 24, as: UInt64.self)
      count = 32
    }
  }

  /// The shortest big-endian encoding: no leading zero bytes, and empty for zero (as RLP wants).
  public var minimalBigEndianBytes: [UInt8] {
    let significantBytes = (bitWidth + 7) / 8
    return Array(bigEndianBytes.suffix(significantBytes))
  }

  /// `0x` and lowercase digits without leading zeros; `0x0` for zero.
  public var hexString: String {
    if isZero { return "0x0" }
    let limbs = [w3, w2, w1, w0].drop { $0 == 0 }
    var text = "0x" + String(limbs.first ?? 0, radix: 16)
    for limb in limbs.dropFirst() {
      let digits = String(limb, radix: 16)
      text += String(repeating: "0", count: 16 - digits.count) + digits
    }
    return text
  }

  /// Base-ten digits without leading zeros; `0` for zero.
  public var decimalString: String {
    if let small = uint64Value { return String(small) }
    // Peel off nineteen digits at a time, least significant first.
    var chunks: [UInt64] = []
    var rest = self
    while !rest.isZero {
      let (quotient, remainder) = rest.dividedByLimb(UInt256.decimalChunkBase)
      chunks.append(remainder)
      rest = quotient
    }
    var text = String(chunks.last ?? 0)
    for chunk in chunks.dropLast().reversed() {
      let digits = String(chunk)
      text += String(repeating: "0", count: UInt256.decimalChunkDigits - digits.count) + digits
    }
    return text
  }
}
