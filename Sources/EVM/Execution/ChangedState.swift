import TxrayCore

/// A state source with a transaction's changes laid over another: what a follow-up call (token
/// metadata after a transfer) sees.
struct ChangedState: StateSource {
  let base: any StateSource
  private let accounts: [Address: AccountChange]

  init(base: any StateSource, changes: [AccountChange]) {
    self.base = base
    accounts = Dictionary(changes.map { ($0.address, $0) }, uniquingKeysWith: { $1 })
  }

  func account(_ address: Address) throws(StateError) -> AccountState? {
    if let change = accounts[address] { return change.after }
    return try base.account(address)
  }

  func storage(_ address: Address, slot: UInt256) throws(StateError) -> UInt256 {
    if let change = accounts[address] {
      if change.after == nil { return .zero }
      if let written = change.storage.first(where: { $0.slot == slot }) { return written.after }
    }
    return try base.storage(address, slot: slot)
  }

  func blockHash(_ number: UInt64) throws(StateError) -> UInt256 {
    try base.blockHash(number)
  }
}
