/// What running a precompiled contract produced.
public enum PrecompileOutcome: Sendable, Equatable {
  /// The call succeeded, consumed `gasUsed` (never more than the gas given) and returned `output`.
  case success(gasUsed: UInt64, output: [UInt8])
  /// Bad input or not enough gas: the caller loses all the gas it gave.
  case failure
}
