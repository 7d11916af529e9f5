/// 0x0b G1ADD (375 gas) and 0x0d G2ADD (600 gas) of EIP-2537: the sum of exactly two encoded
/// points, each on the curve but not necessarily in the subgroup.
enum BLS12Addition {
  static func run<Group: BLS12381Group>(
    _ group: Group.Type, input: [UInt8], gasLimit: UInt64
  ) -> PrecompileOutcome {
    let length = Group.encodedLength
    guard Group.additionGas <= gasLimit, input.count == 2 * length,
      let a = Group.decode(input, at: 0, inSubgroup: false),
      let b = Group.decode(input, at: length, inSubgroup: false)
    else { return .failure }
    let sum = Group.add(Group.projective(a), Group.projective(b))
    return .success(gasUsed: Group.additionGas, output: Group.encode(sum))
  }
}
