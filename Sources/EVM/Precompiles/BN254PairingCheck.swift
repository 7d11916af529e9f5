/// 0x08: whether the product of the pairings of k (G1, G2) pairs is one (EIP-197), as a 32-byte
/// 1 or 0. The input must be k × 192 bytes (k = 0 is true); any invalid point fails, including
/// a G2 point outside the order-r subgroup. Gas 100000 + 80000·k, from Istanbul 45000 + 34000·k
/// (EIP-1108).
enum BN254PairingCheck {
  static func run(input: [UInt8], gasLimit: UInt64, fork: Fork) -> PrecompileOutcome {
    guard input.count % 192 == 0 else { return .failure }
    let pairCount = UInt64(input.count / 192)
    let (base, perPair): (UInt64, UInt64) = fork >= .istanbul ? (45000, 34000) : (100_000, 80000)
    let (variable, overflow) = perPair.multipliedReportingOverflow(by: pairCount)
    guard !overflow, base + variable <= gasLimit else { return .failure }
    var pairs: [(BN254.G1, BN254.G2)] = []
    for start in stride(from: 0, to: input.count, by: 192) {
      guard let p = BN254.g1(input[start..<start + 64]),
        let q = BN254.g2(input[start + 64..<start + 192])
      else { return .failure }
      pairs.append((p, q))
    }
    var output = [UInt8](repeating: 0, count: 32)
    output[31] = BN254.pairingProductIsOne(pairs) ? 1 : 0
    return .success(gasUsed: base + variable, output: output)
  }
}
