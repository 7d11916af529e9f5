import TxrayCore

/// What changes between the forks txray simulates (Berlin on), looked up once per execution so
/// instructions test flags instead of comparing forks.
struct ForkRules: Sendable {
  let fork: Fork
  /// EIP-3529 (London) cut the SSTORE clear refund and removed the SELFDESTRUCT refund.
  let storageClearRefund: Int64
  let selfDestructRefund: Int64
  /// The refund is capped at gas used / this.
  let refundQuotient: UInt64
  /// London: EIP-1559 base fee; EIP-3541 rejects new code starting with 0xEF.
  let hasBaseFee: Bool
  /// Paris: PREVRANDAO replaces DIFFICULTY.
  let hasPrevRandao: Bool
  /// Shanghai: EIP-3651 warm coinbase, EIP-3860 initcode limit and cost.
  let hasWarmCoinbase: Bool
  let limitsInitcode: Bool
  /// Cancun: EIP-6780 SELFDESTRUCT only deletes contracts created in the same transaction.
  let selfDestructOnlyInCreatingTransaction: Bool
  /// Cancun: EIP-4844 blob gas market and its update fraction; the blob limits per block and
  /// per transaction.
  let blobBaseFeeUpdateFraction: UInt64?
  let maxBlobsPerBlock: Int
  let maxBlobsPerTransaction: Int
  /// Prague: EIP-7702 delegations, EIP-7623 calldata floor.
  let hasDelegation: Bool
  let hasCalldataFloor: Bool
  /// Osaka: EIP-7825 gas cap per transaction.
  let transactionGasCap: UInt64?

  static let maxCodeSize = 24_576
  static let maxInitcodeSize = 2 * maxCodeSize
  static let maxCallDepth = 1024
  static let maxStackHeight = 1024

  init(_ fork: Fork) {
    self.fork = fork
    let london = fork >= .london
    storageClearRefund = london ? 4_800 : 15_000
    selfDestructRefund = london ? 0 : 24_000
    refundQuotient = london ? 5 : 2
    hasBaseFee = london
    hasPrevRandao = fork >= .paris
    hasWarmCoinbase = fork >= .shanghai
    limitsInitcode = fork >= .shanghai
    selfDestructOnlyInCreatingTransaction = fork >= .cancun
    switch fork {
    case .cancun:
      blobBaseFeeUpdateFraction = 3_338_477
      maxBlobsPerBlock = 6
      maxBlobsPerTransaction = 6
    case .prague:
      blobBaseFeeUpdateFraction = 5_007_716
      maxBlobsPerBlock = 9
      maxBlobsPerTransaction = 9
    case .osaka:
      blobBaseFeeUpdateFraction = 5_007_716
      maxBlobsPerBlock = 9
      maxBlobsPerTransaction = 6
    default:
      blobBaseFeeUpdateFraction = nil
      maxBlobsPerBlock = 0
      maxBlobsPerTransaction = 0
    }
    hasDelegation = fork >= .prague
    hasCalldataFloor = fork >= .prague
    transactionGasCap = fork >= .osaka ? 1 << 24 : nil
  }
}
