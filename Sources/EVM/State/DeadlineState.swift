import TxrayCore

/// A node's state that stops answering once a simulation's wall-clock bound has passed. The
/// interpreter looks at its deadline only every 4096 jumps, and each read from a slow node may
/// take up to the request timeout: without this, a loop of reads could stretch one simulation to
/// hundreds of timeouts. With it a run ends at most one request after its bound.
public struct DeadlineState: StateSource {
  public let source: any StateSource
  private let deadline: WallClockDeadline

  /// Answers from `source` until `timeout` from now.
  public init(_ source: any StateSource, timeout: Duration) {
    self.source = source
    deadline = WallClockDeadline(timeout)
  }

  private func check() throws(StateError) {
    guard !deadline.hasPassed else {
      throw .unavailable(
        "the simulation timed out after \(EVMSimulator.seconds(deadline.timeout)) s while "
          + "reading state")
    }
  }

  public func account(_ address: Address) throws(StateError) -> AccountState? {
    try check()
    return try source.account(address)
  }

  public func storage(_ address: Address, slot: UInt256) throws(StateError) -> UInt256 {
    try check()
    return try source.storage(address, slot: slot)
  }

  public func blockHash(_ number: UInt64) throws(StateError) -> UInt256 {
    try check()
    return try source.blockHash(number)
  }
}
