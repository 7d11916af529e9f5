import TxrayCore

/// Borsh encoding, the inverse of `BorshReader`: used to hash what was decoded and to prove by
/// round trip that decoding lost nothing.
public struct BorshWriter {
  public private(set) var bytes: [UInt8] = []

  public init() {}

  mutating func u8(_ value: UInt8) { bytes.append(value) }

  mutating func u32(_ value: UInt32) {
    for shift in stride(from: 0, to: 32, by: 8) {
      bytes.append(UInt8(truncatingIfNeeded: value >> shift))
    }
  }

  mutating func u64(_ value: UInt64) {
    for shift in stride(from: 0, to: 64, by: 8) {
      bytes.append(UInt8(truncatingIfNeeded: value >> shift))
    }
  }

  /// The low 16 bytes, little-endian; balances never exceed a u128 because they were read as one.
  mutating func u128(_ value: UInt256) {
    bytes.append(contentsOf: value.bigEndianBytes.suffix(16).reversed())
  }

  mutating func fixed(_ value: [UInt8]) { bytes.append(contentsOf: value) }

  mutating func byteVector(_ value: [UInt8]) {
    u32(UInt32(truncatingIfNeeded: value.count))
    bytes.append(contentsOf: value)
  }

  mutating func string(_ value: String) { byteVector(Array(value.utf8)) }

  mutating func count(_ value: Int) { u32(UInt32(truncatingIfNeeded: value)) }
}
