/// An arbitrary-precision natural number for MODEXP: 64-bit limbs, least significant first,
/// with no zero limbs at the top (zero has no limbs).
struct Natural: Equatable {
  private(set) var limbs: [UInt64]

  init(limbs: [UInt64]) {
    self.limbs = limbs
    normalize()
  }

  /// Reads a big-endian byte string of any length.
  init(bigEndian bytes: ArraySlice<UInt8>) {
    var limbs = [UInt64](repeating: 0, count: (bytes.count + 7) / 8)
    for (position, byte) in bytes.reversed().enumerated() {
      limbs[position / 8] |= UInt64(byte) << UInt64(8 * (position % 8))
    }
    self.init(limbs: limbs)
  }

  var isZero: Bool { limbs.isEmpty }

  var bitLength: Int {
    guard let top = limbs.last else { return 0 }
    return 64 * limbs.count - top.leadingZeroBitCount
  }

  /// The big-endian bytes, left-padded (or truncated from the left) to `count`.
  func bigEndianBytes(count: Int) -> [UInt8] {
    var bytes = [UInt8](repeating: 0, count: count)
    for position in 0..<Swift.min(count, 8 * limbs.count) {
      bytes[count - 1 - position] = UInt8(
        truncatingIfNeeded: limbs[position / 8] >> UInt64(8 * (position % 8)))
    }
    return bytes
  }

  private mutating func normalize() {
    while limbs.last == 0 { limbs.removeLast() }
  }

  static func * (lhs: Natural, rhs: Natural) -> Natural {
    guard !lhs.isZero, !rhs.isZero else { return Natural(limbs: []) }
    var product = [UInt64](repeating: 0, count: lhs.limbs.count + rhs.limbs.count)
    for (i, left) in lhs.limbs.enumerated() {
      var carry: UInt64 = 0
      for (j, right) in rhs.limbs.enumerated() {
        let (high, low) = left.multipliedFullWidth(by: right)
        let (sum1, overflow1) = low.addingReportingOverflow(product[i + j])
        let (sum2, overflow2) = sum1.addingReportingOverflow(carry)
        product[i + j] = sum2
        carry = high &+ (overflow1 ? 1 : 0) &+ (overflow2 ? 1 : 0)
      }
      product[i + rhs.limbs.count] = carry
    }
    return Natural(limbs: product)
  }

  /// `self mod divisor` by Knuth's algorithm D (TAOCP vol. 2, 4.3.1); `divisor` must not be zero.
  func remainder(dividingBy divisor: Natural) -> Natural {
    precondition(!divisor.isZero, "callers handle a zero modulus")
    if limbs.count < divisor.limbs.count { return self }
    if divisor.limbs.count == 1 {
      let single = divisor.limbs[0]
      var rest: UInt64 = 0
      for limb in limbs.reversed() {
        rest = single.dividingFullWidth((rest, limb)).remainder
      }
      return Natural(limbs: [rest])
    }
    // Normalize so the divisor's top limb has its high bit set; quotient digit estimates are
    // then at most two too large.
    let shift = UInt64(divisor.limbs[divisor.limbs.count - 1].leadingZeroBitCount)
    let v = Self.shiftedLeft(divisor.limbs, by: shift)
    var u = Self.shiftedLeft(limbs, by: shift)
    u.append(0)
    if shift > 0 { u[u.count - 1] = limbs[limbs.count - 1] >> (64 - shift) }
    let n = v.count
    let top = v[n - 1]
    let second = v[n - 2]
    for j in stride(from: u.count - n - 1, through: 0, by: -1) {
      var estimate: UInt64
      var rest: UInt64
      var restOverflowed = false
      if u[j + n] >= top {
        estimate = .max
        (rest, restOverflowed) = u[j + n - 1].addingReportingOverflow(top)
      } else {
        (estimate, rest) = top.dividingFullWidth((u[j + n], u[j + n - 1]))
      }
      while !restOverflowed {
        let (high, low) = estimate.multipliedFullWidth(by: second)
        guard high > rest || (high == rest && low > u[j + n - 2]) else { break }
        estimate -= 1
        (rest, restOverflowed) = rest.addingReportingOverflow(top)
      }
      // u[j ... j+n] -= estimate · v
      var borrow: UInt64 = 0
      var carry: UInt64 = 0
      for i in 0..<n {
        let (high, low) = estimate.multipliedFullWidth(by: v[i])
        let (productLow, overflow) = low.addingReportingOverflow(carry)
        carry = high &+ (overflow ? 1 : 0)
        let (difference1, borrow1) = u[i + j].subtractingReportingOverflow(productLow)
        let (difference2, borrow2) = difference1.subtractingReportingOverflow(borrow)
        u[i + j] = difference2
        borrow = (borrow1 ? 1 : 0) + (borrow2 ? 1 : 0)
      }
      let (difference1, borrow1) = u[j + n].subtractingReportingOverflow(carry)
      let (difference2, borrow2) = difference1.subtractingReportingOverflow(borrow)
      u[j + n] = difference2
      if borrow1 || borrow2 {
        // The estimate was one too large: add the divisor back.
        var addCarry = false
        for i in 0..<n {
          let (sum1, overflow1) = u[i + j].addingReportingOverflow(v[i])
          let (sum2, overflow2) = sum1.addingReportingOverflow(addCarry ? 1 : 0)
          u[i + j] = sum2
          addCarry = overflow1 || overflow2
        }
        u[j + n] = u[j + n] &+ (addCarry ? 1 : 0)
      }
    }
    var remainder = [UInt64](repeating: 0, count: n)
    for i in 0..<n {
      remainder[i] =
        shift == 0 ? u[i] : (u[i] >> shift) | (i + 1 < u.count ? u[i + 1] << (64 - shift) : 0)
    }
    return Natural(limbs: remainder)
  }

  /// `limbs << shift` for shift < 64, keeping the same number of limbs (the caller keeps the
  /// bits shifted out of the top where it needs them).
  private static func shiftedLeft(_ limbs: [UInt64], by shift: UInt64) -> [UInt64] {
    guard shift > 0 else { return limbs }
    var shifted = limbs
    for i in stride(from: limbs.count - 1, through: 0, by: -1) {
      shifted[i] = limbs[i] << shift | (i > 0 ? limbs[i - 1] >> (64 - shift) : 0)
    }
    return shifted
  }

  /// `self^exponent mod modulus` by left-to-right square-and-multiply over the exponent's bits
  /// (big-endian bytes); `modulus` must not be zero.
  func power(_ exponent: ArraySlice<UInt8>, modulus: Natural) -> Natural {
    let base = remainder(dividingBy: modulus)
    var result = Natural(limbs: [1]).remainder(dividingBy: modulus)
    for byte in exponent {
      for bit in stride(from: 7, through: 0, by: -1) {
        result = (result * result).remainder(dividingBy: modulus)
        if byte >> UInt8(bit) & 1 == 1 {
          result = (result * base).remainder(dividingBy: modulus)
        }
      }
    }
    return result
  }
}
