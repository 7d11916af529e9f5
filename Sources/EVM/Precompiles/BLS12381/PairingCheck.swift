import CBLST

/// 0x0f (EIP-2537): whether ∏ e(Pᵢ, Qᵢ) = 1 over k ≥ 1 pairs of a G1 and a G2 point, both in
/// their subgroups, 384 bytes a pair; 32 bytes out, the last 1 or 0. Gas 32,600 × k + 37,700.
enum BLS12PairingCheck {
  static let gasPerPair: UInt64 = 32_600
  static let baseGas: UInt64 = 37_700
  static let pairLength = BLS12381G1.encodedLength + BLS12381G2.encodedLength

  static func run(input: [UInt8], gasLimit: UInt64) -> PrecompileOutcome {
    guard !input.isEmpty, input.count % pairLength == 0 else { return .failure }
    let pairs = input.count / pairLength
    let gas = gasPerPair * UInt64(pairs) + baseGas
    guard gas <= gasLimit else { return .failure }
    var product: blst_fp12? = nil
    for pair in 0..<pairs {
      let offset = pair * pairLength
      guard var p = BLS12381G1.decode(input, at: offset, inSubgroup: true),
        var q = BLS12381G2.decode(input, at: offset + BLS12381G1.encodedLength, inSubgroup: true)
      else { return .failure }
      // A pair with the point at infinity contributes e = 1.
      if blst_p1_affine_is_inf(&p) || blst_p2_affine_is_inf(&q) { continue }
      var loop = blst_fp12()
      blst_miller_loop(&loop, &q, &p)
      if var accumulated = product {
        var next = blst_fp12()
        blst_fp12_mul(&next, &accumulated, &loop)
        product = next
      } else {
        product = loop
      }
    }
    var isOne = true
    if var product {
      var result = blst_fp12()
      blst_final_exp(&result, &product)
      isOne = blst_fp12_is_one(&result)
    }
    var output = [UInt8](repeating: 0, count: 32)
    output[31] = isOne ? 1 : 0
    return .success(gasUsed: gas, output: output)
  }
}
