import TxrayCore

/// A strict Borsh reader over untrusted bytes.
///
/// Every length is checked against the bytes that are left before anything is allocated, so an
/// absurd length costs nothing; strings must be UTF-8; the caller ends with `finish()` so that
/// trailing bytes are an error rather than silently ignored.
public struct BorshReader {
  public let bytes: [UInt8]
  public internal(set) var offset = 0

  public init(_ bytes: [UInt8]) {
    self.bytes = bytes
  }

  public var remaining: Int { bytes.count - offset }

  func error(_ message: String, at position: Int? = nil) -> DecodeError {
    DecodeError(message, offset: position ?? offset)
  }

  mutating func fixed(_ count: Int, _ what: String) throws(DecodeError) -> [UInt8] {
    guard count <= remaining else {
      throw error("\(what) needs \(count) bytes but only \(remaining) are left")
    }
    let slice = Array(bytes[offset..<offset + count])
    offset += count
    return slice
  }

  mutating func u8(_ what: String) throws(DecodeError) -> UInt8 {
    try fixed(1, what)[0]
  }

  mutating func u32(_ what: String) throws(DecodeError) -> UInt32 {
    try fixed(4, what).reversed().reduce(0) { $0 << 8 | UInt32($1) }
  }

  mutating func u64(_ what: String) throws(DecodeError) -> UInt64 {
    try fixed(8, what).reversed().reduce(0) { $0 << 8 | UInt64($1) }
  }

  /// A little-endian u128 (NEAR balances are yoctoNEAR in a u128).
  mutating func u128(_ what: String) throws(DecodeError) -> UInt256 {
    let little = try fixed(16, what)
    return UInt256(bigEndianBytes: little.reversed()) ?? .zero
  }

  /// The element count of a `Vec`, bounded by the bytes left: every element takes at least
  /// `minimumElementSize` bytes, so a larger count cannot be real.
  mutating func count(_ what: String, minimumElementSize: Int = 1) throws(DecodeError) -> Int {
    let start = offset
    let count = Int(try u32("length of \(what)"))
    guard count <= remaining / max(minimumElementSize, 1) else {
      throw error("length \(count) of \(what) exceeds the \(remaining) bytes left", at: start)
    }
    return count
  }

  /// `Vec<u8>`.
  mutating func byteVector(_ what: String) throws(DecodeError) -> [UInt8] {
    let count = try count(what)
    return try fixed(count, what)
  }

  /// `String`: a length-prefixed byte vector that must be valid UTF-8.
  mutating func string(_ what: String) throws(DecodeError) -> String {
    let start = offset + 4
    let raw = try byteVector(what)
    guard let text = String(validating: raw, as: UTF8.self) else {
      throw error("\(what) is not valid UTF-8", at: start)
    }
    return text
  }

  /// `Option<T>`'s tag: 0 for None, 1 for Some; anything else is not Borsh.
  mutating func optionTag(_ what: String) throws(DecodeError) -> Bool {
    let start = offset
    switch try u8(what) {
    case 0: return false
    case 1: return true
    case let tag: throw error("option tag \(tag) of \(what) is neither 0 nor 1", at: start)
    }
  }

  public func finish(_ what: String) throws(DecodeError) {
    guard remaining == 0 else {
      throw error("\(remaining) trailing bytes after the \(what)")
    }
  }
}
