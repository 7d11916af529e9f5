import TxrayCore

/// The precompiled contracts: which addresses hold one at a fork, and running them.
public enum Precompiles {
  /// Whether `address` holds a precompiled contract at `fork`.
  public static func isPrecompile(_ address: Address, fork: Fork) -> Bool {
    precompile(at: address, fork: fork) != nil
  }

  /// The precompile at `address` at `fork`, found from the address's number: every call and
  /// account access asks, so no hashing.
  static func precompile(at address: Address, fork: Fork) -> Precompile? {
    guard let number = address.uint64Value, number <= UInt16.max,
      let precompile = Precompile(rawValue: UInt16(number)), precompile.introduced <= fork
    else { return nil }
    return precompile
  }

  /// Every precompile address active at `fork`, in ascending order; these are warm from the
  /// start of a transaction (EIP-2929).
  public static func addresses(fork: Fork) -> [Address] {
    addressed.filter { $0.precompile.introduced <= fork }.map(\.address)
  }

  /// Runs the precompile at `address` on `input` with `gasLimit` gas. An address that holds no
  /// precompile at `fork` reports `.failure`; callers check `isPrecompile` first.
  public static func run(
    _ address: Address, input: [UInt8], gasLimit: UInt64, fork: Fork
  ) -> PrecompileOutcome {
    guard let precompile = precompile(at: address, fork: fork) else { return .failure }
    return run(precompile, input: input, gasLimit: gasLimit, fork: fork)
  }

  static func run(
    _ precompile: Precompile, input: [UInt8], gasLimit: UInt64, fork: Fork
  ) -> PrecompileOutcome {
    switch precompile {
    case .ecrecover: ECRecover.run(input: input, gasLimit: gasLimit)
    case .sha256: SHA256Precompile.run(input: input, gasLimit: gasLimit)
    case .ripemd160: RIPEMD160Precompile.run(input: input, gasLimit: gasLimit)
    case .identity: Identity.run(input: input, gasLimit: gasLimit)
    case .modexp: ModExp.run(input: input, gasLimit: gasLimit, fork: fork)
    case .bn254Add: BN254Add.run(input: input, gasLimit: gasLimit, fork: fork)
    case .bn254Mul: BN254Mul.run(input: input, gasLimit: gasLimit, fork: fork)
    case .bn254Pairing: BN254PairingCheck.run(input: input, gasLimit: gasLimit, fork: fork)
    case .blake2f: Blake2F.run(input: input, gasLimit: gasLimit)
    case .p256Verify: P256Verify.run(input: input, gasLimit: gasLimit)
    case .pointEvaluation: PointEvaluation.run(input: input, gasLimit: gasLimit)
    case .bls12G1Add: BLS12Addition.run(BLS12381G1.self, input: input, gasLimit: gasLimit)
    case .bls12G1MultiExp:
      BLS12MultiScalarMultiplication.run(BLS12381G1.self, input: input, gasLimit: gasLimit)
    case .bls12G2Add: BLS12Addition.run(BLS12381G2.self, input: input, gasLimit: gasLimit)
    case .bls12G2MultiExp:
      BLS12MultiScalarMultiplication.run(BLS12381G2.self, input: input, gasLimit: gasLimit)
    case .bls12Pairing: BLS12PairingCheck.run(input: input, gasLimit: gasLimit)
    case .bls12MapFpToG1: BLS12MapFpToG1.run(input: input, gasLimit: gasLimit)
    case .bls12MapFp2ToG2: BLS12MapFp2ToG2.run(input: input, gasLimit: gasLimit)
    }
  }

  private static let addressed = Precompile.allCases.map { (precompile: $0, address: $0.address) }
}
