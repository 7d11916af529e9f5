import TxrayCore

/// A node's state that stops answering once a simulation's wall-clock bound has passed. The
/// simulator looks at its deadline only between receipts, and each read from a slow node may
/// take up to the request timeout: without this, a contract reading many keys could stretch one
/// receipt to hundreds of timeouts. With it a run ends at most one request after its bound.
public struct NEARDeadlineState: NEARStateSource {
  public let source: any NEARStateSource
  private let deadline: WallClockDeadline

  /// Answers from `source` until `timeout` from now.
  public init(_ source: any NEARStateSource, timeout: Duration) {
    self.source = source
    deadline = WallClockDeadline(timeout)
  }

  private func check() throws(NEARStateError) {
    guard !deadline.hasPassed else {
      throw .unavailable("the simulation timed out after \(deadline.timeout) while reading state")
    }
  }

  public func account(_ id: AccountId) throws(NEARStateError) -> NEARAccount? {
    try check()
    return try source.account(id)
  }

  public func accessKey(_ id: AccountId, publicKey: PublicKey) throws(NEARStateError) -> AccessKey?
  {
    try check()
    return try source.accessKey(id, publicKey: publicKey)
  }

  public func code(_ id: AccountId) throws(NEARStateError) -> [UInt8]? {
    try check()
    return try source.code(id)
  }

  public func storage(_ id: AccountId, key: [UInt8]) throws(NEARStateError) -> [UInt8]? {
    try check()
    return try source.storage(id, key: key)
  }

  public func block() throws(NEARStateError) -> NEARBlock {
    try check()
    return try source.block()
  }
}
