import TxrayCore

/// 0x05: base^exponent mod modulus on big-endian numbers of any length (EIP-198).
///
/// Input: three 32-byte lengths (base, exponent, modulus) then the three numbers; missing bytes
/// read as zero. Output is the result in exactly `modulus length` bytes. Gas follows EIP-198,
/// then EIP-2565 from Berlin and EIP-7883 from Osaka, where EIP-7823 also caps each length at
/// 1024 bytes (longer fails).
enum ModExp {
  static func run(input: [UInt8], gasLimit: UInt64, fork: Fork) -> PrecompileOutcome {
    let baseLength = length(input, at: 0)
    let exponentLength = length(input, at: 32)
    let modulusLength = length(input, at: 64)
    if fork >= .osaka, max(baseLength, exponentLength, modulusLength) > 1024 {
      return .failure
    }
    let exponentHead = Natural(
      bigEndian: input.zeroPadded(
        from: offset(96, plus: baseLength), count: Int(min(exponentLength, 32)))[...])
    let cost = gas(
      baseLength: baseLength, exponentLength: exponentLength, modulusLength: modulusLength,
      exponentHead: exponentHead, fork: fork)
    guard cost <= gasLimit else { return .failure }
    guard modulusLength > 0 else { return .success(gasUsed: cost, output: []) }
    // The gas paid bounds every length now: a modulus or base needs gas quadratic in its size
    // and a non-empty modulus makes the exponent's size cost gas too. Only a gas limit no chain
    // allows could pay for lengths beyond this bound.
    guard max(baseLength, exponentLength, modulusLength) <= maximumLength else { return .failure }
    let base = input.zeroPadded(from: 96, count: Int(baseLength))
    let exponent = input.zeroPadded(
      from: offset(96, plus: baseLength), count: Int(exponentLength))
    let modulus = Natural(
      bigEndian: input.zeroPadded(
        from: offset(96, plus: baseLength, exponentLength), count: Int(modulusLength))[...])
    guard !modulus.isZero else {
      return .success(gasUsed: cost, output: [UInt8](repeating: 0, count: Int(modulusLength)))
    }
    let result = Natural(bigEndian: base[...]).power(exponent[...], modulus: modulus)
    return .success(gasUsed: cost, output: result.bigEndianBytes(count: Int(modulusLength)))
  }

  private static let maximumLength = UInt64(Int32.max)

  /// A 32-byte length field, saturated to UInt64.max when it does not fit: such a length can
  /// never be paid for, except where the formula multiplies it by zero.
  private static func length(_ input: [UInt8], at offset: Int) -> UInt64 {
    let word = UInt256(bigEndianBytes: input.zeroPadded(from: offset, count: 32)) ?? .zero
    return word.uint64Value ?? .max
  }

  /// An input offset as an Int, clamped so that anything past the input reads as zeros.
  private static func offset(_ start: UInt64, plus lengths: UInt64...) -> Int {
    var total = start
    for length in lengths {
      let (sum, overflow) = total.addingReportingOverflow(length)
      total = overflow ? .max : sum
    }
    return Int(min(total, UInt64(Int.max)))
  }

  static func gas(
    baseLength: UInt64, exponentLength: UInt64, modulusLength: UInt64, exponentHead: Natural,
    fork: Fork
  ) -> UInt64 {
    let longest = max(baseLength, modulusLength)
    let headBits = UInt64(max(exponentHead.bitLength - 1, 0))
    let tailFactor: UInt64 = fork >= .osaka ? 16 : 8
    var iterations = headBits
    if exponentLength > 32 {
      iterations = saturatingAdd(saturatingMultiply(exponentLength - 32, tailFactor), headBits)
    }
    iterations = max(iterations, 1)
    if fork >= .osaka {
      // EIP-7883
      let words = longest / 8 + (longest % 8 == 0 ? 0 : 1)
      let complexity = longest <= 32 ? 16 : saturatingMultiply(2, saturatingMultiply(words, words))
      return max(500, saturatingMultiply(complexity, iterations))
    }
    if fork >= .berlin {
      // EIP-2565
      let words = longest / 8 + (longest % 8 == 0 ? 0 : 1)
      return max(200, saturatingMultiply(saturatingMultiply(words, words), iterations) / 3)
    }
    // EIP-198
    let square = saturatingMultiply(longest, longest)
    let complexity: UInt64
    if longest <= 64 {
      complexity = square
    } else if longest <= 1024 {
      complexity = square / 4 + 96 * longest - 3072
    } else {
      complexity = saturatingAdd(square / 16, saturatingMultiply(480, longest)) - 199_680
    }
    return saturatingMultiply(complexity, iterations) / 20
  }

  private static func saturatingMultiply(_ lhs: UInt64, _ rhs: UInt64) -> UInt64 {
    let (product, overflow) = lhs.multipliedReportingOverflow(by: rhs)
    return overflow ? .max : product
  }

  private static func saturatingAdd(_ lhs: UInt64, _ rhs: UInt64) -> UInt64 {
    let (sum, overflow) = lhs.addingReportingOverflow(rhs)
    return overflow ? .max : sum
  }
}
