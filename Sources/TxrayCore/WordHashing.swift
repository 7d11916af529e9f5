/// Hash values for the interpreter's hottest dictionary and set keys (accounts, storage slots,
/// warm sets) without SipHash: Swift's `Hasher` cost about 300 instructions per lookup of a
/// 32-byte key, 13% of an ERC-20 transfer. `_rawHashValue(seed:)` is the customisation point
/// `Dictionary` and `Set` call (the standard library's integers implement it the same way); the
/// hash is wyhash's multiply-fold keyed by the table's `seed`, which is random per process, so a
/// contract cannot choose keys that collide in advance. `hash(into:)` stays the synthesised one
/// for every other use, and both agree with `==`.
@usableFromInline
enum WordHashing {
  /// The 128-bit product of `a` and `b`, folded to 64 bits.
  @inlinable @inline(__always)
  static func fold(_ a: UInt64, _ b: UInt64) -> UInt64 {
    let product = a.multipliedFullWidth(by: b)
    return product.high ^ product.low
  }

  /// Odd constants from wyhash's secret, each mixed with the table's seed.
  @inlinable @inline(__always)
  static func secrets(_ seed: Int) -> (UInt64, UInt64, UInt64, UInt64) {
    let seed = UInt64(bitPattern: Int64(seed))
    return (
      seed ^ 0xa076_1d64_78bd_642f, seed ^ 0xe703_7ed1_a0b4_28db, seed ^ 0x8ebc_6af0_9c88_c6e3,
      seed ^ 0x5899_65cc_7537_4cc3
    )
  }
}

extension UInt256 {
  @inlinable
  public func _rawHashValue(seed: Int) -> Int {
    let secret = WordHashing.secrets(seed)
    let low = WordHashing.fold(w0 ^ secret.0, w1 ^ secret.1)
    let high = WordHashing.fold(w2 ^ secret.2, w3 ^ secret.3)
    return Int(truncatingIfNeeded: WordHashing.fold(low ^ secret.1, high ^ secret.0))
  }
}

extension Address {
  @inlinable
  public func _rawHashValue(seed: Int) -> Int {
    let secret = WordHashing.secrets(seed)
    let words = WordHashing.fold(middle ^ secret.0, tail ^ secret.1)
    return Int(
      truncatingIfNeeded: WordHashing.fold(words ^ secret.2, UInt64(head) ^ secret.3))
  }
}
