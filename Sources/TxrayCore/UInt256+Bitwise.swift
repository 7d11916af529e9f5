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
    // Move whole limbs up first, then the remaining bits, carrying each limb's top bits into
    // the next limb up.
    let (a0, a1, a2, a3): (UInt64, UInt64, UInt64, UInt64)
    switch rhs / 64 {
    case 0: (a0, a1, a2, a3) = (lhs.w0, lhs.w1, lhs.w2, lhs.w3)
    case 1: (a0, a1, a2, a3) = (0, lhs.w0, lhs.w1, lhs.w2)
    case 2: (a0, a1, a2, a3) = (0, 0, lhs.w0, lhs.w1)
    default: (a0, a1, a2, a3) = (0, 0, 0, lhs.w0)
    }
    let bits = UInt64(rhs % 64)
    if bits == 0 { return UInt256(w0: a0, w1: a1, w2: a2, w3: a3) }
    let back = 64 - bits
    return UInt256(
      w0: a0 &<< bits, w1: a1 &<< bits | a0 &>> back, w2: a2 &<< bits | a1 &>> back,
      w3: a3 &<< bits | a2 &>> back)
  }

  @inlinable
  public static func >> (lhs: UInt256, rhs: Int) -> UInt256 {
    if rhs < 0 { return lhs << (rhs == .min ? Int.max : -rhs) }
    if rhs >= 256 { return .zero }
    // Move whole limbs down first, then the remaining bits, carrying each limb's low bits into
    // the next limb down.
    let (a0, a1, a2, a3): (UInt64, UInt64, UInt64, UInt64)
    switch rhs / 64 {
    case 0: (a0, a1, a2, a3) = (lhs.w0, lhs.w1, lhs.w2, lhs.w3)
    case 1: (a0, a1, a2, a3) = (lhs.w1, lhs.w2, lhs.w3, 0)
    case 2: (a0, a1, a2, a3) = (lhs.w2, lhs.w3, 0, 0)
    default: (a0, a1, a2, a3) = (lhs.w3, 0, 0, 0)
    }
    let bits = UInt64(rhs % 64)
    if bits == 0 { return UInt256(w0: a0, w1: a1, w2: a2, w3: a3) }
    let back = 64 - bits
    return UInt256(
      w0: a0 &>> bits | a1 &<< back, w1: a1 &>> bits | a2 &<< back,
      w2: a2 &>> bits | a3 &<< back, w3: a3 &>> bits)
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
