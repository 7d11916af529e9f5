import CBLST

/// 0x0e (EIP-2537): Σ sᵢ·Pᵢ over k ≥ 1 pairs of a G2 point (in the subgroup) and a 32-byte
/// scalar, 288 bytes a pair. Gas k × 22,500 × discount(k) / 1000 (`MSMGas`).
enum BLS12G2MSM {
  static let gasPerPair: UInt64 = 22_500
  static let pairLength = BLS12381Encoding.g2Length + BLS12381Encoding.scalarLength

  static func run(input: [UInt8], gasLimit: UInt64) -> PrecompileOutcome {
    guard !input.isEmpty, input.count % pairLength == 0 else { return .failure }
    let pairs = input.count / pairLength
    let gas = MSMGas.cost(pairs: pairs, gasPerPair: gasPerPair, discounts: MSMGas.g2Discounts)
    guard gas <= gasLimit else { return .failure }
    var sum = blst_p2()
    for pair in 0..<pairs {
      let offset = pair * pairLength
      guard var point = BLS12381Encoding.g2(input, at: offset, inSubgroup: true) else {
        return .failure
      }
      var scalar = BLS12381Encoding.scalar(input, at: offset + BLS12381Encoding.g2Length)
      var projective = blst_p2()
      blst_p2_from_affine(&projective, &point)
      var product = blst_p2()
      withUnsafeBytes(of: &scalar.b) {
        blst_p2_mult(&product, &projective, $0.baseAddress, 256)
      }
      let previous = sum
      withUnsafePointer(to: previous) { blst_p2_add_or_double(&sum, $0, &product) }
    }
    return .success(gasUsed: gas, output: BLS12381Encoding.encode(sum))
  }
}
