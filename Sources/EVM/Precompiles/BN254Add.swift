/// 0x06: the sum of two BN254 G1 points (EIP-196), 64-byte x ‖ y each; a point not on the curve
/// or a coordinate not below p fails. Gas 500, 150 from Istanbul (EIP-1108).
enum BN254Add {
  static func run(input: [UInt8], gasLimit: UInt64, fork: Fork) -> PrecompileOutcome {
    let cost: UInt64 = fork >= .istanbul ? 150 : 500
    guard cost <= gasLimit else { return .failure }
    let bytes = input.zeroPadded(from: 0, count: 128)
    guard let a = BN254.g1(bytes[0..<64]), let b = BN254.g1(bytes[64..<128]) else {
      return .failure
    }
    return .success(gasUsed: cost, output: BN254.encode(a + b))
  }
}
