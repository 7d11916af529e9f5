/// 0x0c G1MSM and 0x0e G2MSM of EIP-2537: Σ sᵢ·Pᵢ over k ≥ 1 pairs of an encoded point (in the
/// subgroup) and a 32-byte scalar. Gas k × per-pair gas × discount(k) / 1000 (`MSMGas`).
enum BLS12MultiScalarMultiplication {
  static func run<Group: BLS12381Group>(
    _ group: Group.Type, input: [UInt8], gasLimit: UInt64
  ) -> PrecompileOutcome {
    let pairLength = Group.encodedLength + BLS12381Encoding.scalarLength
    guard !input.isEmpty, input.count % pairLength == 0 else { return .failure }
    let pairs = input.count / pairLength
    let gas = MSMGas.cost(
      pairs: pairs, gasPerPair: Group.multiplicationGas,
      discounts: Group.multiplicationDiscounts)
    guard gas <= gasLimit else { return .failure }
    var sum: Group.Point?
    for pair in 0..<pairs {
      let offset = pair * pairLength
      guard let point = Group.decode(input, at: offset, inSubgroup: true) else { return .failure }
      let scalar = BLS12381Encoding.scalar(input, at: offset + Group.encodedLength)
      let product = Group.multiply(Group.projective(point), by: scalar)
      sum = sum.map { Group.add($0, product) } ?? product
    }
    guard let sum else { return .failure }
    return .success(gasUsed: gas, output: Group.encode(sum))
  }
}
