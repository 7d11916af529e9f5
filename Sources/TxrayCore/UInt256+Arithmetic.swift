// Addition, subtraction and multiplication on limbs, with carries made explicit.

extension UInt256 {
  @inlinable
  public func addingReportingOverflow(_ other: UInt256) -> (partialValue: UInt256, overflow: Bool) {
    let (s0, c0) = w0.addingReportingOverflow(other.w0)
    let (s1, c1) = w1.addingCarry(other.w1, c0)
    let (s2, c2) = w2.addingCarry(other.w2, c1)
    let (s3, c3) = w3.addingCarry(other.w3, c2)
    return (UInt256(w0: s0, w1: s1, w2: s2, w3: s3), c3)
  }

  @inlinable
  public func subtractingReportingOverflow(_ other: UInt256) -> (
    partialValue: UInt256, overflow: Bool
  ) {
    let (d0, b0) = w0.subtractingReportingOverflow(other.w0)
    let (d1, b1) = w1.subtractingBorrow(other.w1, b0)
    let (d2, b2) = w2.subtractingBorrow(other.w2, b1)
    let (d3, b3) = w3.subtractingBorrow(other.w3, b2)
    return (UInt256(w0: d0, w1: d1, w2: d2, w3: d3), b3)
  }

  /// Schoolbook multiplication keeping the low four limbs; overflow is any bit that would land
  /// in limb 4 or above.
  @inlinable
  public func multipliedReportingOverflow(by other: UInt256) -> (
    partialValue: UInt256, overflow: Bool
  ) {
    let a = (w0, w1, w2, w3)
    let b = (other.w0, other.w1, other.w2, other.w3)

    // Row i adds a.i × b into the result shifted by i limbs.
    var r0: UInt64 = 0
    var r1: UInt64 = 0
    var r2: UInt64 = 0
    var r3: UInt64 = 0
    var overflow = false

    // Row 0.
    var carry: UInt64 = 0
    (r0, carry) = UInt64.multiplyAdd(a.0, b.0, r0, carry)
    (r1, carry) = UInt64.multiplyAdd(a.0, b.1, r1, carry)
    (r2, carry) = UInt64.multiplyAdd(a.0, b.2, r2, carry)
    (r3, carry) = UInt64.multiplyAdd(a.0, b.3, r3, carry)
    overflow = overflow || carry != 0

    // Row 1.
    carry = 0
    (r1, carry) = UInt64.multiplyAdd(a.1, b.0, r1, carry)
    (r2, carry) = UInt64.multiplyAdd(a.1, b.1, r2, carry)
    (r3, carry) = UInt64.multiplyAdd(a.1, b.2, r3, carry)
    overflow = overflow || carry != 0 || (a.1 != 0 && b.3 != 0)

    // Row 2.
    carry = 0
    (r2, carry) = UInt64.multiplyAdd(a.2, b.0, r2, carry)
    (r3, carry) = UInt64.multiplyAdd(a.2, b.1, r3, carry)
    overflow = overflow || carry != 0 || (a.2 != 0 && (b.2 | b.3) != 0)

    // Row 3.
    carry = 0
    (r3, carry) = UInt64.multiplyAdd(a.3, b.0, r3, carry)
    overflow = overflow || carry != 0 || (a.3 != 0 && (b.1 | b.2 | b.3) != 0)

    return (UInt256(w0: r0, w1: r1, w2: r2, w3: r3), overflow)
  }

  @inlinable @inline(__always)
  public static func &+ (lhs: UInt256, rhs: UInt256) -> UInt256 {
    lhs.addingReportingOverflow(rhs).partialValue
  }

  @inlinable @inline(__always)
  public static func &- (lhs: UInt256, rhs: UInt256) -> UInt256 {
    lhs.subtractingReportingOverflow(rhs).partialValue
  }

  @inlinable
  public static func &* (lhs: UInt256, rhs: UInt256) -> UInt256 {
    lhs.multipliedReportingOverflow(by: rhs).partialValue
  }

  @inlinable
  public static func + (lhs: UInt256, rhs: UInt256) -> UInt256 {
    let (sum, overflow) = lhs.addingReportingOverflow(rhs)
    precondition(!overflow, "UInt256 addition overflowed")
    return sum
  }

  @inlinable
  public static func - (lhs: UInt256, rhs: UInt256) -> UInt256 {
    let (difference, overflow) = lhs.subtractingReportingOverflow(rhs)
    precondition(!overflow, "UInt256 subtraction overflowed")
    return difference
  }

  @inlinable
  public static func * (lhs: UInt256, rhs: UInt256) -> UInt256 {
    let (product, overflow) = lhs.multipliedReportingOverflow(by: rhs)
    precondition(!overflow, "UInt256 multiplication overflowed")
    return product
  }

  @inlinable
  public static func &+= (lhs: inout UInt256, rhs: UInt256) { lhs = lhs &+ rhs }
  @inlinable
  public static func &-= (lhs: inout UInt256, rhs: UInt256) { lhs = lhs &- rhs }
  @inlinable
  public static func &*= (lhs: inout UInt256, rhs: UInt256) { lhs = lhs &* rhs }
  @inlinable
  public static func += (lhs: inout UInt256, rhs: UInt256) { lhs = lhs + rhs }
  @inlinable
  public static func -= (lhs: inout UInt256, rhs: UInt256) { lhs = lhs - rhs }
  @inlinable
  public static func *= (lhs: inout UInt256, rhs: UInt256) { lhs = lhs * rhs }
}

extension UInt64 {
  /// `self + other + carry`, reporting the carry out.
  @inlinable @inline(__always)
  func addingCarry(_ other: UInt64, _ carry: Bool) -> (UInt64, Bool) {
    let (s, c1) = addingReportingOverflow(other)
    let (t, c2) = s.addingReportingOverflow(carry ? 1 : 0)
    return (t, c1 || c2)
  }

  /// `self - other - borrow`, reporting the borrow out.
  @inlinable @inline(__always)
  func subtractingBorrow(_ other: UInt64, _ borrow: Bool) -> (UInt64, Bool) {
    let (d, b1) = subtractingReportingOverflow(other)
    let (e, b2) = d.subtractingReportingOverflow(borrow ? 1 : 0)
    return (e, b1 || b2)
  }

  /// `a × b + addend + carry` as (low, high); cannot overflow 128 bits since
  /// (2⁶⁴−1)² + 2·(2⁶⁴−1) = 2¹²⁸ − 1.
  @inlinable @inline(__always)
  static func multiplyAdd(_ a: UInt64, _ b: UInt64, _ addend: UInt64, _ carry: UInt64) -> (
    low: UInt64, high: UInt64
  ) {
    let product = a.multipliedFullWidth(by: b)
    let (low1, c1) = product.low.addingReportingOverflow(addend)
    let (low2, c2) = low1.addingReportingOverflow(carry)
    // The high half is at most 2⁶⁴−2, so adding two carries cannot wrap (see above).
    return (low2, product.high &+ (c1 ? 1 : 0) &+ (c2 ? 1 : 0))
  }
}
