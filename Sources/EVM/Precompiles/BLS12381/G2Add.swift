import CBLST

/// 0x0d (EIP-2537): the sum of two G2 points, 600 gas. The input is exactly two encoded points;
/// each must be on the curve, but not necessarily in the subgroup.
enum BLS12G2Add {
  static let gas: UInt64 = 600

  static func run(input: [UInt8], gasLimit: UInt64) -> PrecompileOutcome {
    let length = BLS12381Encoding.g2Length
    guard gas <= gasLimit, input.count == 2 * length,
      var a = BLS12381Encoding.g2(input, at: 0, inSubgroup: false),
      var b = BLS12381Encoding.g2(input, at: length, inSubgroup: false)
    else { return .failure }
    var first = blst_p2()
    blst_p2_from_affine(&first, &a)
    var sum = blst_p2()
    blst_p2_add_or_double_affine(&sum, &first, &b)
    return .success(gasUsed: gas, output: BLS12381Encoding.encode(sum))
  }
}
