import TxrayCore

// The EVM's word operations that are not ordinary unsigned arithmetic: two's-complement signed
// division and comparison, modular arithmetic with a wide intermediate, EXP, SIGNEXTEND, BYTE, SAR
// and CLZ. Every operation is total: division by zero gives zero, as the EVM defines.

extension UInt256 {
  static let signBit = UInt256(1) << 255

  @inline(__always)
  var isNegative: Bool { limbs.3 >> 63 == 1 }

  /// Two's-complement negation (wrapping: −MIN is MIN).
  @inline(__always)
  var negated: UInt256 { ~self &+ 1 }

  @inline(__always)
  var magnitude: UInt256 { isNegative ? negated : self }

  /// DIV: zero when dividing by zero.
  @inline(__always)
  func evmDivided(by divisor: UInt256) -> UInt256 {
    divisor.isZero ? .zero : self / divisor
  }

  /// MOD: zero when the modulus is zero.
  @inline(__always)
  func evmRemainder(dividingBy divisor: UInt256) -> UInt256 {
    divisor.isZero ? .zero : self % divisor
  }

  /// SDIV: truncates toward zero; MIN / −1 wraps to MIN.
  func signedDivided(by divisor: UInt256) -> UInt256 {
    if divisor.isZero { return .zero }
    let quotient = magnitude / divisor.magnitude
    return isNegative != divisor.isNegative ? quotient.negated : quotient
  }

  /// SMOD: the result takes the dividend's sign.
  func signedRemainder(dividingBy divisor: UInt256) -> UInt256 {
    if divisor.isZero { return .zero }
    let remainder = magnitude % divisor.magnitude
    return isNegative ? remainder.negated : remainder
  }

  @inline(__always)
  func signedLessThan(_ other: UInt256) -> Bool {
    (self ^ Self.signBit) < (other ^ Self.signBit)
  }

  /// ADDMOD: (a + b) mod n over the 257-bit sum.
  func addMod(_ other: UInt256, modulus: UInt256) -> UInt256 {
    if modulus.isZero { return .zero }
    let a = self < modulus ? self : self % modulus
    let b = other < modulus ? other : other % modulus
    // a + b < 2n, so one subtraction of n reduces it, also when the sum wrapped past 2²⁵⁶.
    let (sum, overflow) = a.addingReportingOverflow(b)
    return overflow || sum >= modulus ? sum &- modulus : sum
  }

  /// MULMOD: (a × b) mod n over the 512-bit product.
  func mulMod(_ other: UInt256, modulus: UInt256) -> UInt256 {
    if modulus.isZero { return .zero }
    let product = multipliedFullWidth(by: other)
    return Self.remainder(high: product.high, low: product.low, dividingBy: modulus)
  }

  /// EXP: wrapping square-and-multiply.
  func power(_ exponent: UInt256) -> UInt256 {
    var result: UInt256 = 1
    var base = self
    var rest = exponent
    while !rest.isZero {
      if rest.limbs.0 & 1 == 1 { result = result &* base }
      rest = rest >> 1
      if !rest.isZero { base = base &* base }
    }
    return result
  }

  /// SIGNEXTEND: extends the sign of the (byteIndex + 1)-byte value in the low bytes.
  func signExtended(fromByte byteIndex: UInt256) -> UInt256 {
    guard let index = byteIndex.clamped(to: 30) else { return self }
    let bit = index * 8 + 7
    let mask = (UInt256(1) << (bit + 1)) &- 1
    let isSet = !((self >> bit) & 1).isZero
    return isSet ? self | ~mask : self & mask
  }

  /// BYTE: the byte at `index` counting from the most significant; zero past 31.
  func byte(at index: UInt256) -> UInt256 {
    guard let i = index.clamped(to: 31) else { return .zero }
    return (self >> (8 * (31 - i))) & 0xff
  }

  /// SHL and SHR take the shift first; 256 or more clears the word.
  @inline(__always)
  func shiftedLeft(by shift: UInt256) -> UInt256 {
    guard let bits = shift.clamped(to: 255) else { return .zero }
    return self << bits
  }

  @inline(__always)
  func shiftedRight(by shift: UInt256) -> UInt256 {
    guard let bits = shift.clamped(to: 255) else { return .zero }
    return self >> bits
  }

  /// SAR: shifts in copies of the sign bit.
  func arithmeticShiftedRight(by shift: UInt256) -> UInt256 {
    let negative = isNegative
    guard let bits = shift.clamped(to: 255) else { return negative ? .max : .zero }
    return negative ? ~(~self >> bits) : self >> bits
  }

  /// CLZ (EIP-7939): leading zero bits, 256 for zero.
  @inline(__always)
  var leadingZeroBitCount: Int { 256 - bitWidth }

  /// The number of bytes needed to write the value (EXP's gas).
  @inline(__always)
  var byteWidth: Int { (bitWidth + 7) / 8 }
}
