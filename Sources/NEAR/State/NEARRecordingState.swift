import Foundation
import TxrayCore

/// Passes reads through to another source and remembers every answer, so the state a
/// simulation used can be written as a snapshot (`--save-state`) and replayed offline.
///
/// The recorded snapshot lists exactly the storage keys that were read and found; the snapshot
/// treats its `state` as complete, which holds for a replay of the same transaction because the
/// replay reads the same keys and finds absent what was absent.
public final class NEARRecordingState: NEARStateSource, @unchecked Sendable {
  private let source: any NEARStateSource
  // Guarded by `lock`.
  private let lock = NSLock()
  private var recorded = NEARSnapshot(block: nil, accounts: [:])

  public init(recording source: any NEARStateSource) {
    self.source = source
  }

  /// Everything read so far.
  public var snapshot: NEARSnapshot { lock.withLock { recorded } }

  public func block() throws(NEARStateError) -> NEARBlock {
    let block = try source.block()
    lock.withLock { recorded.currentBlock = block }
    return block
  }

  public func account(_ id: AccountId) throws(NEARStateError) -> NEARAccount? {
    let account = try source.account(id)
    lock.withLock {
      if recorded.accounts[id] == nil { recorded.accounts[id] = .init(account: account) }
    }
    return account
  }

  public func accessKey(_ id: AccountId, publicKey: PublicKey) throws(NEARStateError) -> AccessKey?
  {
    let account = try self.account(id)
    let key = try source.accessKey(id, publicKey: publicKey)
    lock.withLock {
      guard account != nil else { return }
      var keys = recorded.accounts[id]?.accessKeys ?? [:]
      keys[publicKey] = key
      recorded.accounts[id]?.accessKeys = keys
    }
    return key
  }

  public func code(_ id: AccountId) throws(NEARStateError) -> [UInt8]? {
    _ = try account(id)
    let code = try source.code(id)
    lock.withLock { recorded.accounts[id]?.code = code }
    return code
  }

  public func storage(_ id: AccountId, key: [UInt8]) throws(NEARStateError) -> [UInt8]? {
    let account = try self.account(id)
    let value = try source.storage(id, key: key)
    lock.withLock {
      guard account != nil else { return }
      var state = recorded.accounts[id]?.state ?? [:]
      if let value { state[key] = value }
      recorded.accounts[id]?.state = state
    }
    return value
  }
}
