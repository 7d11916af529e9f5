import CBLST

/// 0x0b (EIP-2537): the sum of two G1 points, 375 gas. The input is exactly two encoded points;
/// each must be on the curve, but not necessarily in the subgroup.
enum BLS12G1Add {
  static let gas: UInt64 = 375

  static func run(input: [UInt8], gasLimit: UInt64) -> PrecompileOutcome {
    let length = BLS12381Encoding.g1Length
    guard gas <= gasLimit, input.count == 2 * length,
      var a = BLS12381Encoding.g1(input, at: 0, inSubgroup: false),
      var b = BLS12381Encoding.g1(input, at: length, inSubgroup: false)
    else { return .failure }
    var first = blst_p1()
    blst_p1_from_affine(&first, &a)
    var sum = blst_p1()
    blst_p1_add_or_double_affine(&sum, &first, &b)
    return .success(gasUsed: gas, output: BLS12381Encoding.encode(sum))
  }
}
