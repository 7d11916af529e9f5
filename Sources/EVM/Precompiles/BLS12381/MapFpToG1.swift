import CBLST

/// 0x10 (EIP-2537): the G1 point a base-field element maps to — the simplified SWU map and the
/// cofactor clearing of RFC 9380's BLS12381G1_XMD:SHA-256_SSWU_RO_, without the hashing.
/// 5,500 gas; the input is exactly one encoded element.
enum BLS12MapFpToG1 {
  static let gas: UInt64 = 5_500

  static func run(input: [UInt8], gasLimit: UInt64) -> PrecompileOutcome {
    guard gas <= gasLimit, input.count == BLS12381Encoding.fieldElementLength,
      var element = BLS12381Encoding.fieldElement(input, at: 0)
    else { return .failure }
    var point = blst_p1()
    blst_map_to_g1(&point, &element, nil)
    return .success(gasUsed: gas, output: BLS12381G1.encode(point))
  }
}
