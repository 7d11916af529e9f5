import TxrayCore

/// One storage slot a transaction wrote: its value before the transaction and after it.
public struct SlotChange: Sendable, Equatable {
  public var slot: UInt256
  public var before: UInt256
  public var after: UInt256

  public init(slot: UInt256, before: UInt256, after: UInt256) {
    self.slot = slot
    self.before = before
    self.after = after
  }
}

/// What a transaction did to one account: the account before and after (nil = absent or
/// deleted) and every slot written, sorted by slot. A deleted account's storage is gone as a
/// whole, whatever `storage` lists.
public struct AccountChange: Sendable, Equatable {
  public var address: Address
  public var before: AccountState?
  public var after: AccountState?
  public var storage: [SlotChange]

  public init(
    address: Address, before: AccountState?, after: AccountState?, storage: [SlotChange] = []
  ) {
    self.address = address
    self.before = before
    self.after = after
    self.storage = storage
  }
}
