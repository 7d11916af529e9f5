import Foundation
import TxrayCore

/// State read lazily from a NEAR RPC node and cached, all at one block: the height given, or the
/// latest final block, fixed at the first read so every answer belongs to the same state.
public final class NEARRPCState: NEARStateSource, @unchecked Sendable {
  private let client: NEARRPCClient
  private let requested: NEARRPCClient.BlockReference
  // Guarded by `lock`: one simulation reads from one thread, `batch` may share the source.
  private let lock = NSLock()
  private var pinned: NEARBlock?
  private var accounts: [AccountId: NEARAccount?] = [:]
  private var keys: [AccountId: [PublicKey: AccessKey?]] = [:]
  private var codes: [AccountId: [UInt8]?] = [:]
  private var storage: [AccountId: [[UInt8]: [UInt8]?]] = [:]

  public init(client: NEARRPCClient, block: UInt64? = nil) {
    self.client = client
    self.requested = block.map { .height($0) } ?? .final
  }

  public func block() throws(NEARStateError) -> NEARBlock {
    if let pinned = lock.withLock({ pinned }) { return pinned }
    let block = try client.block(requested)
    lock.withLock { pinned = block }
    return block
  }

  private func at() throws(NEARStateError) -> NEARRPCClient.BlockReference {
    .height(try block().height)
  }

  public func account(_ id: AccountId) throws(NEARStateError) -> NEARAccount? {
    if let cached = lock.withLock({ accounts[id] }) { return cached }
    let account = try client.viewAccount(id, at: try at())
    lock.withLock { accounts[id] = .some(account) }
    return account
  }

  public func accessKey(_ id: AccountId, publicKey: PublicKey) throws(NEARStateError) -> AccessKey?
  {
    if let cached = lock.withLock({ keys[id]?[publicKey] }) { return cached }
    let key = try client.viewAccessKey(id, publicKey: publicKey, at: try at())
    lock.withLock { keys[id, default: [:]][publicKey] = .some(key) }
    return key
  }

  /// The code must be what the account's code hash names: a node whose view_code and
  /// view_account disagree contradicts itself, and neither answer can be trusted.
  public func code(_ id: AccountId) throws(NEARStateError) -> [UInt8]? {
    if let cached = lock.withLock({ codes[id] }) { return cached }
    let code = try client.viewCode(id, at: try at())
    let account = try account(id)
    let named = account?.codeHash ?? NEARAccount.noCodeHash
    let held = code.map(NEARHash.sha256) ?? NEARAccount.noCodeHash
    guard named == held else {
      throw .unavailable(
        "\(client.displayName): the node contradicts itself about \(id): view_account names code hash \(Base58.encode(named)), view_code answers code whose hash is \(Base58.encode(held))"
      )
    }
    lock.withLock { codes[id] = .some(code) }
    return code
  }

  /// `view_state` with the key itself as the prefix; keys that merely start with it are
  /// dropped (and not cached, since they were not asked for).
  public func storage(_ id: AccountId, key: [UInt8]) throws(NEARStateError) -> [UInt8]? {
    if let cached = lock.withLock({ storage[id]?[key] }) { return cached }
    let values = try client.viewState(id, prefix: key, at: try at())
    let value = values[key]
    lock.withLock { storage[id, default: [:]][key] = .some(value) }
    return value
  }
}
