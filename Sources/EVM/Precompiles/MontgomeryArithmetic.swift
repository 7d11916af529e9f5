/// Limb primitives shared by the Montgomery fields: full-width multiply-accumulate with carries,
/// all on `UInt64` values so field elements stay in registers and never allocate.
enum Limb {
  /// a · b + c + carry; returns the low word and leaves the high word in `carry`. Cannot
  /// overflow: (2⁶⁴-1)² + 2·(2⁶⁴-1) < 2¹²⁸.
  @inline(__always)
  static func multiplyAdd(_ a: UInt64, _ b: UInt64, _ c: UInt64, _ carry: inout UInt64) -> UInt64 {
    let (high, low) = a.multipliedFullWidth(by: b)
    let (sum1, overflow1) = low.addingReportingOverflow(c)
    let (sum2, overflow2) = sum1.addingReportingOverflow(carry)
    carry = high &+ bit(overflow1) &+ bit(overflow2)
    return sum2
  }

  /// a + b + carry; returns the sum and sets `carry` to 0 or 1.
  @inline(__always)
  static func add(_ a: UInt64, _ b: UInt64, _ carry: inout UInt64) -> UInt64 {
    let (sum1, overflow1) = a.addingReportingOverflow(b)
    let (sum2, overflow2) = sum1.addingReportingOverflow(carry)
    carry = bit(overflow1) | bit(overflow2)
    return sum2
  }

  /// a - b - borrow; returns the difference and sets `borrow` to 0 or 1.
  @inline(__always)
  static func subtract(_ a: UInt64, _ b: UInt64, _ borrow: inout UInt64) -> UInt64 {
    let (difference1, underflow1) = a.subtractingReportingOverflow(b)
    let (difference2, underflow2) = difference1.subtractingReportingOverflow(borrow)
    borrow = bit(underflow1) | bit(underflow2)
    return difference2
  }

  /// 0 or 1 without a branch: carries are random, so a branch on them mispredicts half the time.
  @inline(__always)
  static func bit(_ flag: Bool) -> UInt64 {
    UInt64(unsafeBitCast(flag, to: UInt8.self))
  }
}

/// What square-and-multiply needs from a field (or group written multiplicatively).
protocol MultiplicativeElement {
  static var one: Self { get }
  static func * (lhs: Self, rhs: Self) -> Self
  func squared() -> Self
}

extension MultiplicativeElement {
  /// self^exponent, the exponent given as 64-bit limbs, least significant first, by fixed
  /// 4-bit windows: one multiplication per four squarings instead of one per set bit.
  func power(_ exponent: [UInt64]) -> Self {
    var table = [Self.one]
    for index in 1..<16 { table.append(table[index - 1] * self) }
    var result = Self.one
    for limb in exponent.reversed() {
      for shift in stride(from: 60, through: 0, by: -4) {
        result = result.squared().squared().squared().squared()
        let window = Int(truncatingIfNeeded: limb >> UInt64(shift) & 0xf)
        if window != 0 { result = result * table[window] }
      }
    }
    return result
  }
}
