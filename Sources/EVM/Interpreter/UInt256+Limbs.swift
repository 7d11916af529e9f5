import TxrayCore

// Word loads and stores for the interpreter, over TxrayCore's public limbs.

extension UInt256 {
  /// Reads 32 big-endian bytes at `pointer`.
  @inline(__always)
  init(loadingBigEndianFrom pointer: UnsafeRawPointer) {
    self.init(
      limbs: (
        UInt64(bigEndian: pointer.loadUnaligned(fromByteOffset: 24, as: UInt64.self)),
        UInt64(bigEndian: pointer.loadUnaligned(fromByteOffset: 16, as: UInt64.self)),
        UInt64(bigEndian: pointer.loadUnaligned(fromByteOffset: 8, as: UInt64.self)),
        UInt64(bigEndian: pointer.loadUnaligned(fromByteOffset: 0, as: UInt64.self))
      ))
  }

  /// Writes the value as 32 big-endian bytes at `pointer`.
  @inline(__always)
  func storeBigEndian(to pointer: UnsafeMutableRawPointer) {
    let l = limbs
    pointer.storeBytes(of: l.3.bigEndian, toByteOffset: 0, as: UInt64.self)
    pointer.storeBytes(of: l.2.bigEndian, toByteOffset: 8, as: UInt64.self)
    pointer.storeBytes(of: l.1.bigEndian, toByteOffset: 16, as: UInt64.self)
    pointer.storeBytes(of: l.0.bigEndian, toByteOffset: 24, as: UInt64.self)
  }

  /// The low 64 bits, whatever the rest holds.
  @inline(__always)
  var low64: UInt64 { limbs.0 }

  /// The value as an Int when it is at most `limit`, else nil: sizes and offsets that large can
  /// never be paid for.
  @inline(__always)
  func clamped(to limit: UInt64) -> Int? {
    let l = limbs
    guard l.1 | l.2 | l.3 == 0, l.0 <= limit else { return nil }
    return Int(l.0)
  }

  /// The last 20 bytes as an address (CALL targets, BALANCE, …).
  var addressValue: Address {
    withUnsafeTemporaryAllocation(byteCount: 32, alignment: 8) { buffer in
      storeBigEndian(to: buffer.baseAddress!)
      return Address(bytes: UnsafeRawBufferPointer(rebasing: buffer[12..<32])) ?? .zero
    }
  }

  /// An address as a word, zero-extended on the left.
  init(_ address: Address) {
    self = UInt256(bigEndianBytes: address.bytes) ?? .zero
  }
}

extension Address {
  /// 0x000…000: the burn address, and the null target of an EIP-7702 reset.
  static let zero = Address(bytes: [UInt8](repeating: 0, count: 20))!
}
