import EVM
import TxrayCore

/// A complete state whose root is computed with each unchanged account's storage root reused,
/// so applying a transaction's changes and hashing costs only what the transaction touched.
struct PostStateRoot {
  private var accounts: [Address: AccountState]
  private var storage: [Address: [UInt256: UInt256]]
  private var storageRoots: [Address: [UInt8]]

  init(accounts: [Address: AccountState], storage: [Address: [UInt256: UInt256]]) {
    self.accounts = accounts
    self.storage = storage
    storageRoots = storage.mapValues(StateRoot.storageRoot)
  }

  /// This state with `changes` applied: a deleted account loses its storage, a created one
  /// starts without any.
  func applying(_ changes: [AccountChange]) -> PostStateRoot {
    var next = self
    for change in changes {
      let address = change.address
      guard let after = change.after else {
        next.accounts[address] = nil
        next.storage[address] = nil
        next.storageRoots[address] = nil
        continue
      }
      next.accounts[address] = after
      if change.before == nil {
        next.storage[address] = nil
        next.storageRoots[address] = nil
      }
      guard !change.storage.isEmpty else { continue }
      var slots = next.storage[address] ?? [:]
      for slot in change.storage {
        slots[slot.slot] = slot.after.isZero ? nil : slot.after
      }
      next.storage[address] = slots.isEmpty ? nil : slots
      next.storageRoots[address] = slots.isEmpty ? nil : StateRoot.storageRoot(slots)
    }
    return next
  }

  func root() -> [UInt8] {
    StateRoot.compute(accounts: accounts, storageRoots: storageRoots)
  }
}
