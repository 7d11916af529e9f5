import TxrayCore

/// The state during one transaction: reads go to the source once and are cached, writes are
/// journaled so a failed frame can be undone back to its checkpoint. Also holds the
/// transaction-wide sets that revert with frames: warm addresses and slots (EIP-2929), transient
/// storage (EIP-1153), logs, the refund counter and the accounts SELFDESTRUCT deletes.
final class WorldState {
  // Its stored properties skip Swift's run-time exclusivity checks (`@exclusivity(unchecked)`):
  // they were 8% of an ERC-20 transfer. One thread runs a transaction, and no access to them
  // spans a call that could reach them again (the compiler still checks the static cases).
  private let source: any StateSource
  private let fork: Fork
  @exclusivity(unchecked) private(set) var accounts = SmallTable<Address, AccountEntry>()
  /// Accounts in the order first read, so `changes` is deterministic.
  @exclusivity(unchecked) private var order: [AccountEntry]
  @exclusivity(unchecked) private var warmAddresses = SmallTable<Address, Void>()
  @exclusivity(unchecked) private var warmSlots = SmallTable<SlotKey, Void>()
  @exclusivity(unchecked) private var transient: [SlotKey: UInt256] = [:]
  @exclusivity(unchecked) private(set) var logs: [Log] = []
  @exclusivity(unchecked) private(set) var refund: Int64 = 0
  @exclusivity(unchecked) private(set) var destructed: [AccountEntry] = []
  @exclusivity(unchecked) private var journal: [JournalEntry]
  @exclusivity(unchecked) private var blockHashes: [UInt64: UInt256] = [:]

  struct SlotKey: Hashable {
    let address: Address
    let slot: UInt256

    /// Keyed like its parts (TxrayCore's `WordHashing`): the slot's hash seeds the address's.
    func _rawHashValue(seed: Int) -> Int {
      address._rawHashValue(seed: slot._rawHashValue(seed: seed))
    }
  }

  /// Where a frame started: undoing to it reverts everything the frame did.
  struct Checkpoint {
    fileprivate let journalLength: Int
    fileprivate let logCount: Int
    fileprivate let refund: Int64
    fileprivate let destructedCount: Int
  }

  private enum JournalEntry {
    case balance(AccountEntry, UInt256)
    case nonce(AccountEntry, UInt64)
    case code(AccountEntry, [UInt8])
    case existence(AccountEntry, exists: Bool, storageCleared: Bool, created: Bool)
    case storage(AccountEntry, UInt256, StorageSlot)
    case transient(SlotKey, UInt256)
    case warmAddress(Address)
    case warmSlot(SlotKey)
  }

  /// Precompiles active at `fork` are warm from the start (EIP-2929). They are recognised by
  /// address rather than inserted into the warm set, which cost a dozen hashed inserts per
  /// transaction.
  init(source: any StateSource, fork: Fork) {
    self.source = source
    self.fork = fork
    // Every transaction reads at least its sender, target and coinbase, and journals a few
    // changes: one allocation each up front instead of regrowing from empty.
    order = []
    order.reserveCapacity(8)
    journal = []
    journal.reserveCapacity(32)
  }

  // MARK: Accounts

  func account(_ address: Address) throws(StateError) -> AccountEntry {
    if let cached = accounts[address] { return cached }
    let entry = AccountEntry(address: address, before: try source.account(address))
    accounts.append(address, entry)
    order.append(entry)
    return entry
  }

  func setBalance(_ entry: AccountEntry, _ value: UInt256) {
    journal.append(.balance(entry, entry.balance))
    entry.balance = value
    markExisting(entry)
  }

  func setNonce(_ entry: AccountEntry, _ value: UInt64) {
    journal.append(.nonce(entry, entry.nonce))
    entry.nonce = value
    markExisting(entry)
  }

  func setCode(_ entry: AccountEntry, _ code: [UInt8]) {
    journal.append(.code(entry, entry.code))
    entry.replaceCode(code)
    markExisting(entry)
  }

  private func markExisting(_ entry: AccountEntry) {
    guard !entry.exists else { return }
    journal.append(
      .existence(
        entry, exists: false, storageCleared: entry.storageCleared,
        created: entry.createdInTransaction))
    entry.exists = true
  }

  /// Moves `value` from one account to another; the caller has checked the balance. An
  /// account left empty by the move is deleted (EIP-161).
  func transfer(from sender: AccountEntry, to recipient: AccountEntry, _ value: UInt256) {
    setBalance(sender, sender.balance &- value)
    setBalance(recipient, recipient.balance &+ value)
    if sender.isEmpty { destroy(sender) }
    if recipient.isEmpty { destroy(recipient) }
  }

  /// Marks a new contract: its storage starts empty and EIP-2200 originals read as zero.
  func markCreated(_ entry: AccountEntry) {
    journal.append(
      .existence(
        entry, exists: entry.exists, storageCleared: entry.storageCleared,
        created: entry.createdInTransaction))
    entry.createdInTransaction = true
    entry.exists = true
  }

  /// Deletes an account and its storage.
  func destroy(_ entry: AccountEntry) {
    journal.append(
      .existence(
        entry, exists: entry.exists, storageCleared: entry.storageCleared,
        created: entry.createdInTransaction))
    journal.append(.balance(entry, entry.balance))
    journal.append(.nonce(entry, entry.nonce))
    journal.append(.code(entry, entry.code))
    entry.exists = false
    entry.storageCleared = true
    entry.balance = .zero
    entry.nonce = 0
    entry.replaceCode([])
    for (position, (slot, value)) in entry.storage.entries.enumerated()
    where !value.current.isZero {
      journal.append(.storage(entry, slot, value))
      entry.storage.update(at: position) { $0.current = .zero }
    }
  }

  func scheduleDestruction(_ entry: AccountEntry) {
    destructed.append(entry)
  }

  // MARK: Storage

  /// EIP-7610: whether a creation at `entry` collides because the address already has storage.
  func hasStorage(_ entry: AccountEntry) throws(StateError) -> Bool {
    guard entry.before != nil, !entry.storageCleared else { return false }
    if entry.storage.entries.contains(where: { !$0.value.current.isZero }) { return true }
    guard let probe = source as? any StorageProbe else { return false }
    return try probe.hasStorage(entry.address)
  }

  func storage(_ entry: AccountEntry, _ slot: UInt256) throws(StateError) -> StorageSlot {
    if let cached = entry.storage[slot] { return cached }
    let before: UInt256
    if entry.storageCleared || entry.before == nil {
      before = entry.before == nil ? .zero : try source.storage(entry.address, slot: slot)
    } else {
      before = try source.storage(entry.address, slot: slot)
    }
    let current = entry.storageCleared ? UInt256.zero : before
    let original = entry.createdInTransaction ? UInt256.zero : current
    let value = StorageSlot(before: before, original: original, current: current)
    entry.storage.append(slot, value)
    return value
  }

  func setStorage(_ entry: AccountEntry, _ slot: UInt256, _ value: UInt256) throws(StateError) {
    let old = try storage(entry, slot)
    journal.append(.storage(entry, slot, old))
    var new = old
    new.current = value
    new.written = true
    entry.storage[slot] = new
  }

  func transientValue(_ address: Address, _ slot: UInt256) -> UInt256 {
    transient[SlotKey(address: address, slot: slot)] ?? .zero
  }

  func setTransient(_ address: Address, _ slot: UInt256, _ value: UInt256) {
    let key = SlotKey(address: address, slot: slot)
    journal.append(.transient(key, transient[key] ?? .zero))
    transient[key] = value
  }

  // MARK: Access lists (EIP-2929)

  /// Marks `address` warm; returns whether it already was.
  @discardableResult
  func warm(_ address: Address) -> Bool {
    if Precompiles.isPrecompile(address, fork: fork) || !warmAddresses.insert(address) {
      return true
    }
    journal.append(.warmAddress(address))
    return false
  }

  func isWarm(_ address: Address) -> Bool {
    Precompiles.isPrecompile(address, fork: fork) || warmAddresses.contains(address)
  }

  @discardableResult
  func warm(_ address: Address, slot: UInt256) -> Bool {
    let key = SlotKey(address: address, slot: slot)
    // One hashed insert, not a lookup and then an insert.
    guard warmSlots.insert(key) else { return true }
    journal.append(.warmSlot(key))
    return false
  }

  // MARK: Logs, refunds

  func appendLog(_ log: Log) { logs.append(log) }

  func addRefund(_ amount: Int64) { refund += amount }

  // MARK: Block hashes

  func blockHash(_ number: UInt64) throws(StateError) -> UInt256 {
    if let cached = blockHashes[number] { return cached }
    let hash = try source.blockHash(number)
    blockHashes[number] = hash
    return hash
  }

  // MARK: Checkpoints

  func checkpoint() -> Checkpoint {
    Checkpoint(
      journalLength: journal.count, logCount: logs.count, refund: refund,
      destructedCount: destructed.count)
  }

  func revert(to checkpoint: Checkpoint) {
    while journal.count > checkpoint.journalLength {
      switch journal.removeLast() {
      case .balance(let entry, let value): entry.balance = value
      case .nonce(let entry, let value): entry.nonce = value
      case .code(let entry, let code): entry.replaceCode(code)
      case .existence(let entry, let exists, let cleared, let created):
        entry.exists = exists
        entry.storageCleared = cleared
        entry.createdInTransaction = created
      case .storage(let entry, let slot, let value): entry.storage[slot] = value
      case .transient(let key, let value): transient[key] = value
      case .warmAddress(let address): warmAddresses.remove(address)
      case .warmSlot(let key): warmSlots.remove(key)
      }
    }
    logs.removeSubrange(checkpoint.logCount...)
    refund = checkpoint.refund
    destructed.removeSubrange(checkpoint.destructedCount...)
  }

  // MARK: Result

  /// Every account whose state differs from before the transaction, or whose storage was
  /// written, in the order first read.
  func changes() -> [AccountChange] {
    order.compactMap { entry in
      let after = entry.after
      let slots = entry.storage.entries.compactMap { slot, value -> SlotChange? in
        guard value.written || (entry.storageCleared && !value.before.isZero) else { return nil }
        let final = entry.exists ? value.current : .zero
        return SlotChange(slot: slot, before: value.before, after: final)
      }.sorted { $0.slot < $1.slot }
      let cleared = entry.storageCleared && entry.before != nil
      guard after != entry.before || !slots.isEmpty || cleared else { return nil }
      return AccountChange(
        address: entry.address, before: entry.before, after: after, storage: slots)
    }
  }
}
