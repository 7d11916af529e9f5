/// 0x07: a BN254 G1 point times a 256-bit scalar (EIP-196), point ‖ scalar (96 bytes); the
/// scalar is used as given, not reduced. Gas 40000, 6000 from Istanbul (EIP-1108).
enum BN254Mul {
  static func run(input: [UInt8], gasLimit: UInt64, fork: Fork) -> PrecompileOutcome {
    let cost: UInt64 = fork >= .istanbul ? 6000 : 40000
    guard cost <= gasLimit else { return .failure }
    let bytes = input.zeroPadded(from: 0, count: 96)
    guard let point = BN254.g1(bytes[0..<64]) else { return .failure }
    var scalar: [UInt64] = [0, 0, 0, 0]
    for (position, byte) in bytes[64..<96].enumerated() {
      scalar[3 - position / 8] = scalar[3 - position / 8] << 8 | UInt64(byte)
    }
    return .success(gasUsed: cost, output: BN254.encode(point.multiplied(by: scalar)))
  }
}
