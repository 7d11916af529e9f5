import CBLST

/// 0x0c (EIP-2537): Σ sᵢ·Pᵢ over k ≥ 1 pairs of a G1 point (in the subgroup) and a 32-byte
/// scalar, 160 bytes a pair. Gas k × 12,000 × discount(k) / 1000 (`MSMGas`).
enum BLS12G1MSM {
  static let gasPerPair: UInt64 = 12_000
  static let pairLength = BLS12381Encoding.g1Length + BLS12381Encoding.scalarLength

  static func run(input: [UInt8], gasLimit: UInt64) -> PrecompileOutcome {
    guard !input.isEmpty, input.count % pairLength == 0 else { return .failure }
    let pairs = input.count / pairLength
    let gas = MSMGas.cost(pairs: pairs, gasPerPair: gasPerPair, discounts: MSMGas.g1Discounts)
    guard gas <= gasLimit else { return .failure }
    var sum = blst_p1()
    for pair in 0..<pairs {
      let offset = pair * pairLength
      guard var point = BLS12381Encoding.g1(input, at: offset, inSubgroup: true) else {
        return .failure
      }
      var scalar = BLS12381Encoding.scalar(input, at: offset + BLS12381Encoding.g1Length)
      var projective = blst_p1()
      blst_p1_from_affine(&projective, &point)
      var product = blst_p1()
      withUnsafeBytes(of: &scalar.b) {
        blst_p1_mult(&product, &projective, $0.baseAddress, 256)
      }
      let previous = sum
      withUnsafePointer(to: previous) { blst_p1_add_or_double(&sum, $0, &product) }
    }
    return .success(gasUsed: gas, output: BLS12381Encoding.encode(sum))
  }
}
