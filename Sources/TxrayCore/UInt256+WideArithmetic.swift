// 512-bit intermediates for modular multiplication (the EVM's MULMOD): the full product of two
// words and the remainder of a two-word value, by the same Algorithm D steps as division.

extension UInt256 {
  /// The full 512-bit product, as its high and low words.
  public func multipliedFullWidth(by other: UInt256) -> (high: UInt256, low: UInt256) {
    var r: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (
      0, 0, 0, 0, 0, 0, 0, 0
    )
    withUnsafeMutableBytes(of: &r) { bytes in
      let r = bytes.assumingMemoryBound(to: UInt64.self)
      for i in 0..<4 {
        let a = limb(i)
        var carry: UInt64 = 0
        for j in 0..<4 {
          (r[i + j], carry) = UInt64.multiplyAdd(a, other.limb(j), r[i + j], carry)
        }
        r[i + 4] = carry
      }
    }
    return (
      UInt256(w0: r.4, w1: r.5, w2: r.6, w3: r.7), UInt256(w0: r.0, w1: r.1, w2: r.2, w3: r.3)
    )
  }

  /// `(high · 2²⁵⁶ + low) mod divisor`. Traps when `divisor` is zero, like `%`.
  public static func remainder(high: UInt256, low: UInt256, dividingBy divisor: UInt256)
    -> UInt256
  {
    precondition(!divisor.isZero, "UInt256 division by zero")
    if high.isZero { return low % divisor }
    if let d = divisor.uint64Value {
      // Short division, most significant limb first; only the remainder is kept.
      var remainder: UInt64 = 0
      for index in stride(from: 7, through: 0, by: -1) {
        let limb = index >= 4 ? high.limb(index - 4) : low.limb(index)
        remainder = d.dividingFullWidth((remainder, limb)).remainder
      }
      return UInt256(remainder)
    }
    // Algorithm D with an eight-limb dividend (see longDivision): normalise, then subtract one
    // quotient digit's multiple of the divisor per step, keeping only what remains.
    let n = (divisor.bitWidth + 63) / 64
    let shift = divisor.limb(n - 1).leadingZeroBitCount
    let v = divisor << shift
    let lowShifted = low << shift
    let highShifted = shift == 0 ? high : high << shift | low >> (256 - shift)
    let spill = shift == 0 ? 0 : high.w3 >> (64 - shift)
    var u: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (
      lowShifted.w0, lowShifted.w1, lowShifted.w2, lowShifted.w3,
      highShifted.w0, highShifted.w1, highShifted.w2, highShifted.w3, spill
    )
    withUnsafeMutableBytes(of: &u) { bytes in
      let u = bytes.assumingMemoryBound(to: UInt64.self)
      let vTop = v.limb(n - 1)
      let vNext = v.limb(n - 2)
      for j in stride(from: 8 - n, through: 0, by: -1) {
        let digit = estimateAndCorrect(
          high: u[j + n], middle: u[j + n - 1], low: u[j + n - 2], vTop: vTop, vNext: vNext)
        _ = multiplySubtract(digit, v: v, n: n, from: u, at: j)
      }
    }
    return UInt256(w0: u.0, w1: u.1, w2: u.2, w3: u.3) >> shift
  }
}
