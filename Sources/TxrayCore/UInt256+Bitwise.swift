// Bitwise operators and shifts. Shifts use Swift's "smart shift" rules: an amount of 256 or more
// gives zero and a negative amount shifts the other way, so no shift amount can trap.

extension UInt256 {
  @inlinable
  public static func & (lhs: UInt256, rhs: UInt256) -> UInt256 {
    UInt256(w0: lhs.w0 & rhs.w0, w1: lhs.w1 & rhs.w1, w2: lhs.w2 & rhs.w2, w3: lhs.w3 & rhs.w3)
  }

  @inlinable
  public static func | (lhs: UInt256, rhs: UInt256) -> UInt256 {
    UInt256(w0: lhs.w0 | rhs.w0, w1: lhs.w1 | rhs.w1, w2: lhs.w2 | rhs.w2, w3: lhs.w3 | rhs.w3)
  }

  @inlinable
  public static func ^ (lhs: UInt256, rhs: UInt256) -> UInt256 {
    UInt256(w0: lhs.w0 ^ rhs.w0, w1: lhs.w1 ^ rhs.w1, w2: lhs.w2 ^ rhs.w2, w3: lhs.w3 ^ rhs.w3)
  }

  @inlinable
  public static prefix func ~ (value: UInt256) -> UInt256 {
    UInt256(w0: ~value.w0, w1: ~value.w1, w2: ~value.w2, w3: ~value.w3)
  }

  @inlinable
  public static func << (lhs: UInt256, rhs: Int) -> UInt256 {
    if rhs < 0 { return lhs >> (rhs == .min ? Int.max : -rhs) }
    if rhs >= 256 { return .zero }
    let limbShift = rhs / 64
    let bitShift = rhs % 64
    // Limb i of the result takes limb (i - limbShift) and the top bits of the one below it.
    func part(_ i: Int) -> UInt64 {
      let source = i - limbShift
      guard source >= 0 else { return 0 }
      let main = lhs.limb(source) << bitShift
      guard bitShift != 0, source >= 1 else { return main }
      return main | (lhs.limb(source - 1) >> (64 - bitShift))
    }
    return UInt256(w0: part(0), w1: part(1), w2: part(2), w3: part(3))
  }

  @inlinable
  public static func >> (lhs: UInt256, rhs: Int) -> UInt256 {
    if rhs < 0 { return lhs << (rhs == .min ? Int.max : -rhs) }
    if rhs >= 256 { return .zero }
    let limbShift = rhs / 64
    let bitShift = rhs % 64
    // Limb i of the result takes limb (i + limbShift) and the low bits of the one above it.
    func part(_ i: Int) -> UInt64 {
      let source = i + limbShift
      let main = lhs.limb(source) >> bitShift
      guard bitShift != 0 else { return main }
      return main | (lhs.limb(source + 1) << (64 - bitShift))
    }
    return UInt256(w0: part(0), w1: part(1), w2: part(2), w3: part(3))
  }

  @inlinable
  public static func &= (lhs: inout UInt256, rhs: UInt256) { lhs = lhs & rhs }
  @inlinable
  public static func |= (lhs: inout UInt256, rhs: UInt256) { lhs = lhs | rhs }
  @inlinable
  public static func ^= (lhs: inout UInt256, rhs: UInt256) { lhs = lhs ^ rhs }
  @inlinable
  public static func <<= (lhs: inout UInt256, rhs: Int) { lhs = lhs << rhs }
  @inlinable
  public static func >>= (lhs: inout UInt256, rhs: Int) { lhs = lhs >> rhs }
}
