import TxrayCore

/// The state a simulation changes: reads fall through to the source once and are then kept;
/// writes stay here. A receipt that fails restores the checkpoint taken before it.
final class WorldState {
  struct Changes {
    var accounts: [AccountId: NEARAccount?] = [:]
    var keys: [AccountId: [PublicKey: AccessKey?]] = [:]
    var code: [AccountId: [UInt8]?] = [:]
    var storage: [AccountId: [[UInt8]: [UInt8]?]] = [:]
    /// Accounts deleted here: their keys, code and storage are gone whatever the source says.
    var wiped: Set<AccountId> = []
  }

  let source: any NEARStateSource
  var changes = Changes()
  /// Each account as the source had it, for balance and storage changes.
  private(set) var initialAccounts: [AccountId: NEARAccount?] = [:]
  /// Accounts in the order they were first touched, so effects come out in a stable order.
  private(set) var touchOrder: [AccountId] = []

  init(source: any NEARStateSource) {
    self.source = source
  }

  func account(_ id: AccountId) throws(NEARStateError) -> NEARAccount? {
    if let changed = changes.accounts[id] { return changed }
    if let initial = initialAccounts[id] { return initial }
    let account = try source.account(id)
    initialAccounts[id] = .some(account)
    touchOrder.append(id)
    return account
  }

  func setAccount(_ id: AccountId, _ account: NEARAccount?) throws(NEARStateError) {
    _ = try self.account(id)
    changes.accounts[id] = .some(account)
  }

  func accessKey(_ id: AccountId, _ key: PublicKey) throws(NEARStateError) -> AccessKey? {
    if let changed = changes.keys[id]?[key] { return changed }
    if changes.wiped.contains(id) { return nil }
    guard try account(id) != nil else { return nil }
    return try source.accessKey(id, publicKey: key)
  }

  func setAccessKey(_ id: AccountId, _ key: PublicKey, _ value: AccessKey?) {
    changes.keys[id, default: [:]][key] = .some(value)
  }

  func code(_ id: AccountId) throws(NEARStateError) -> [UInt8]? {
    if let changed = changes.code[id] { return changed }
    if changes.wiped.contains(id) { return nil }
    return try source.code(id)
  }

  func setCode(_ id: AccountId, _ code: [UInt8]) {
    changes.code[id] = .some(code)
  }

  func storage(_ id: AccountId, key: [UInt8]) throws(NEARStateError) -> [UInt8]? {
    if let changed = changes.storage[id]?[key] { return changed }
    if changes.wiped.contains(id) { return nil }
    return try source.storage(id, key: key)
  }

  func applyStorage(_ id: AccountId, _ writes: [[UInt8]: [UInt8]?]) {
    for (key, value) in writes { changes.storage[id, default: [:]][key] = .some(value) }
  }

  /// Removes the account with everything it holds.
  func delete(_ id: AccountId) throws(NEARStateError) {
    try setAccount(id, nil)
    changes.keys[id] = nil
    changes.code[id] = nil
    changes.storage[id] = nil
    changes.wiped.insert(id)
  }

  /// The account as it was before the simulation, nil when it did not exist or was never read.
  func initialAccount(_ id: AccountId) -> NEARAccount? {
    initialAccounts[id] ?? nil
  }
}
