// Division: Knuth's Algorithm D (TAOCP vol. 2, 4.3.1) on 64-bit limbs, with a short-division
// path for one-limb divisors. Scratch space is fixed-size tuples on the stack.

extension UInt256 {
  /// The quotient and remainder of `self / divisor`. Traps when `divisor` is zero, like Swift's
  /// integer division.
  public func quotientAndRemainder(dividingBy divisor: UInt256) -> (
    quotient: UInt256, remainder: UInt256
  ) {
    precondition(!divisor.isZero, "UInt256 division by zero")
    if self < divisor { return (.zero, self) }
    if let a = uint64Value, let d = divisor.uint64Value {
      return (UInt256(a / d), UInt256(a % d))
    }
    if let d = divisor.uint64Value {
      let (quotient, remainder) = dividedByLimb(d)
      return (quotient, UInt256(remainder))
    }
    return longDivision(by: divisor)
  }

  public static func / (lhs: UInt256, rhs: UInt256) -> UInt256 {
    lhs.quotientAndRemainder(dividingBy: rhs).quotient
  }

  public static func % (lhs: UInt256, rhs: UInt256) -> UInt256 {
    lhs.quotientAndRemainder(dividingBy: rhs).remainder
  }

  public static func /= (lhs: inout UInt256, rhs: UInt256) { lhs = lhs / rhs }
  public static func %= (lhs: inout UInt256, rhs: UInt256) { lhs = lhs % rhs }

  /// Short division by a nonzero limb, most significant limb first. Each step divides a 128-bit
  /// value whose high half is the previous remainder (< divisor), so the quotient limb fits.
  func dividedByLimb(_ divisor: UInt64) -> (quotient: UInt256, remainder: UInt64) {
    var remainder: UInt64 = 0
    var q3: UInt64 = 0
    var q2: UInt64 = 0
    var q1: UInt64 = 0
    var q0: UInt64 = 0
    (q3, remainder) = divisor.dividingFullWidth((remainder, w3))
    (q2, remainder) = divisor.dividingFullWidth((remainder, w2))
    (q1, remainder) = divisor.dividingFullWidth((remainder, w1))
    (q0, remainder) = divisor.dividingFullWidth((remainder, w0))
    return (UInt256(w0: q0, w1: q1, w2: q2, w3: q3), remainder)
  }

  /// Algorithm D for a divisor of two or more limbs and a dividend not smaller than it.
  private func longDivision(by divisor: UInt256) -> (quotient: UInt256, remainder: UInt256) {
    let n = (divisor.bitWidth + 63) / 64  // divisor limbs, 2...4
    let m = (bitWidth + 63) / 64  // dividend limbs, n...4
    // Normalise so the divisor's top limb has its high bit set; the quotient is unchanged and
    // the estimate below is then off by at most two.
    let shift = divisor.limb(n - 1).leadingZeroBitCount
    let v = divisor << shift
    let shiftedDividend = self << shift
    let spill = shift == 0 ? 0 : limb(m - 1) >> (64 - shift)

    var u: (UInt64, UInt64, UInt64, UInt64, UInt64) = (
      shiftedDividend.w0, shiftedDividend.w1, shiftedDividend.w2, shiftedDividend.w3, 0
    )
    var q: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    withUnsafeMutableBytes(of: &u) { uBytes in
      withUnsafeMutableBytes(of: &q) { qBytes in
        let u = uBytes.assumingMemoryBound(to: UInt64.self)
        let q = qBytes.assumingMemoryBound(to: UInt64.self)
        u[m] = spill
        let vTop = v.limb(n - 1)
        let vNext = v.limb(n - 2)

        for j in stride(from: m - n, through: 0, by: -1) {
          let quotientDigit = Self.estimateAndCorrect(
            high: u[j + n], middle: u[j + n - 1], low: u[j + n - 2], vTop: vTop, vNext: vNext)
          q[j] = Self.multiplySubtract(quotientDigit, v: v, n: n, from: u, at: j)
        }
      }
    }
    let remainderNormalised = UInt256(w0: u.0, w1: u.1, w2: u.2, w3: u.3)
    return (UInt256(w0: q.0, w1: q.1, w2: q.2, w3: q.3), remainderNormalised >> shift)
  }

  /// Step D3: estimates the next quotient digit from the top two dividend limbs and trims it
  /// with the next limb, so it is at most one too large.
  static func estimateAndCorrect(
    high: UInt64, middle: UInt64, low: UInt64, vTop: UInt64, vNext: UInt64
  ) -> UInt64 {
    var qHat: UInt64
    var rHat: UInt64
    var rHatOverflowed: Bool
    if high >= vTop {
      // The true digit is below 2⁶⁴, so cap it; (high, middle) - qHat × vTop = middle + vTop.
      qHat = .max
      (rHat, rHatOverflowed) = middle.addingReportingOverflow(vTop)
    } else {
      (qHat, rHat) = vTop.dividingFullWidth((high, middle))
      rHatOverflowed = false
    }
    // Once rHat ≥ 2⁶⁴ the test below can no longer succeed.
    while !rHatOverflowed {
      let product = qHat.multipliedFullWidth(by: vNext)
      guard product.high > rHat || (product.high == rHat && product.low > low) else { break }
      qHat -= 1
      (rHat, rHatOverflowed) = rHat.addingReportingOverflow(vTop)
    }
    return qHat
  }

  /// Steps D4–D6: subtracts `digit × v` from `u[j...j+n]`; when that goes negative the digit
  /// was one too large, so adds `v` back and returns the corrected digit.
  static func multiplySubtract(
    _ digit: UInt64, v: UInt256, n: Int, from u: UnsafeMutableBufferPointer<UInt64>, at j: Int
  ) -> UInt64 {
    var carry: UInt64 = 0
    var borrow = false
    for i in 0..<n {
      let (productLow, productHigh) = UInt64.multiplyAdd(digit, v.limb(i), carry, 0)
      carry = productHigh
      (u[i + j], borrow) = u[i + j].subtractingBorrow(productLow, borrow)
    }
    let (top, topBorrow) = u[j + n].subtractingBorrow(carry, borrow)
    u[j + n] = top
    guard topBorrow else { return digit }

    var addCarry = false
    for i in 0..<n {
      (u[i + j], addCarry) = u[i + j].addingCarry(v.limb(i), addCarry)
    }
    u[j + n] &+= addCarry ? 1 : 0
    return digit - 1
  }
}
