import CBLST

/// 0x11 (EIP-2537): the G2 point an element of Fp2 maps to — the simplified SWU map and the
/// cofactor clearing of RFC 9380's BLS12381G2_XMD:SHA-256_SSWU_RO_, without the hashing.
/// 23,800 gas; the input is exactly one encoded element (c0 ‖ c1).
enum BLS12MapFp2ToG2 {
  static let gas: UInt64 = 23_800

  static func run(input: [UInt8], gasLimit: UInt64) -> PrecompileOutcome {
    guard gas <= gasLimit, input.count == 2 * BLS12381Encoding.fieldElementLength,
      var element = BLS12381Encoding.extensionFieldElement(input, at: 0)
    else { return .failure }
    var point = blst_p2()
    blst_map_to_g2(&point, &element, nil)
    return .success(gasUsed: gas, output: BLS12381G2.encode(point))
  }
}
