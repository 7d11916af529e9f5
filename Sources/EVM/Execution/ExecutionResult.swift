import TxrayCore

/// Everything one transaction (or call) did.
public struct ExecutionResult: Sendable {
  public enum Status: Sendable, Equatable {
    case success
    case reverted
    /// The top frame stopped exceptionally: "out of gas", "invalid opcode 0xfe", …
    case halted(String)
    /// The transaction is invalid before execution (nonce, balance, intrinsic gas, …); no state
    /// changed.
    case invalid(String)
    /// A state read failed, so the result would be a guess.
    case stateUnavailable(StateError)
    /// The wall-clock bound was hit.
    case timedOut
    /// Something txray does not simulate was needed, e.g. a fork before Berlin.
    case unsupported(String)
  }

  public var status: Status
  /// Gas the sender paid for (after refunds and the EIP-7623 floor).
  public var gasUsed: UInt64
  public var gasRefunded: UInt64
  public var output: [UInt8]
  public var logs: [Log]
  /// The call tree; nil when execution did not start.
  public var root: CallFrame?
  /// Every account the transaction changed, including fee payments and deletions.
  public var changes: [AccountChange]
  /// Contracts created and still present at the end.
  public var created: [Address]

  public init(
    status: Status, gasUsed: UInt64 = 0, gasRefunded: UInt64 = 0, output: [UInt8] = [],
    logs: [Log] = [], root: CallFrame? = nil, changes: [AccountChange] = [],
    created: [Address] = []
  ) {
    self.status = status
    self.gasUsed = gasUsed
    self.gasRefunded = gasRefunded
    self.output = output
    self.logs = logs
    self.root = root
    self.changes = changes
    self.created = created
  }
}
