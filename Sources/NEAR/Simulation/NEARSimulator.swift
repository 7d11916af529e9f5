import TxrayCore

/// Bounds that keep a hostile transaction from running away with txray.
public struct NEARSimulationLimits: Sendable {
  /// Receipts executed in all (refunds included) before the simulation stops.
  public var maxReceipts: Int
  /// Receipts between the transaction and the deepest one (promise chains).
  public var maxDepth: Int
  /// Wall-clock time for the whole simulation, checked between receipts.
  public var timeout: Duration?
  public var fees: FeeSchedule

  public init(
    maxReceipts: Int = 256, maxDepth: Int = 64, timeout: Duration? = .seconds(20),
    fees: FeeSchedule = FeeSchedule()
  ) {
    self.maxReceipts = maxReceipts
    self.maxDepth = maxDepth
    self.timeout = timeout
    self.fees = fees
  }
}

/// Runs a NEAR transaction against a state: converts it to a receipt the way a node does
/// (checking key, nonce, permission and balance, charging the signer), executes receipts and
/// the receipts they create, in NEAR's order, until none is pending, then reports what changed.
public struct NEARSimulator: Sendable {
  public var state: any NEARStateSource
  public var limits: NEARSimulationLimits

  public init(state: any NEARStateSource, limits: NEARSimulationLimits = NEARSimulationLimits()) {
    self.state = state
    self.limits = limits
  }

  public func simulate(_ decoded: DecodedTransaction) -> NEARSimulationResult {
    ReceiptEngine(state: state, limits: limits).simulate(decoded)
  }
}
