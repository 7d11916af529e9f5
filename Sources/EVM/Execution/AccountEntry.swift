import TxrayCore

/// One account as the transaction sees it: what the state source said, what it is now, and the
/// storage slots read or written. A reference type so the journal and the cache share it.
final class AccountEntry {
  // Unchecked exclusivity for the same reason as `WorldState`'s.
  let address: Address
  /// The account before the transaction (nil: did not exist).
  let before: AccountState?
  @exclusivity(unchecked) var exists: Bool
  @exclusivity(unchecked) var balance: UInt256
  @exclusivity(unchecked) var nonce: UInt64
  @exclusivity(unchecked) private(set) var code: [UInt8]
  /// Slots touched so far.
  @exclusivity(unchecked) var storage = SmallTable<UInt256, StorageSlot>()
  /// Created by CREATE/CREATE2 (or a creation transaction) in this transaction: EIP-2200
  /// originals read as zero, and EIP-6780 lets SELFDESTRUCT delete it.
  @exclusivity(unchecked) var createdInTransaction = false
  /// The source's storage no longer applies (the account was deleted): unread slots are zero.
  @exclusivity(unchecked) var storageCleared = false

  @exclusivity(unchecked) private var bytecodeCache: Bytecode?
  @exclusivity(unchecked) private var codeHashCache: UInt256?

  init(address: Address, before: AccountState?) {
    self.address = address
    self.before = before
    exists = before != nil
    balance = before?.balance ?? .zero
    nonce = before?.nonce ?? 0
    code = before?.code ?? []
  }

  /// EIP-161: no code, zero nonce, zero balance.
  var isEmpty: Bool { nonce == 0 && balance.isZero && code.isEmpty }

  /// Exists and is not empty (a CALL with value to anything else pays for a new account).
  var isAlive: Bool { exists && !isEmpty }

  var hasCodeOrNonce: Bool { nonce != 0 || !code.isEmpty }

  var after: AccountState? {
    exists ? AccountState(balance: balance, nonce: nonce, code: code) : nil
  }

  func replaceCode(_ newCode: [UInt8]) {
    code = newCode
    bytecodeCache = nil
    codeHashCache = nil
  }

  var bytecode: Bytecode {
    if let cached = bytecodeCache { return cached }
    let analysed = code.isEmpty ? Bytecode.empty : CodeAnalysisCache.shared.bytecode(for: code)
    bytecodeCache = analysed
    return analysed
  }

  /// Keccak-256 of the code (EXTCODEHASH of an existing, non-empty account).
  var codeHash: UInt256 {
    if let cached = codeHashCache { return cached }
    let hash = code.withUnsafeBytes { Keccak256.word($0) }
    codeHashCache = hash
    return hash
  }

  /// The EIP-7702 delegate when the code is exactly `0xef0100 ‖ address`.
  var delegate: Address? { Delegation.target(of: code) }
}

/// A storage slot's values: before the transaction (for `changes`), the EIP-2200 original
/// (before the transaction, or zero for a contract created in it) and now.
struct StorageSlot {
  var before: UInt256
  var original: UInt256
  var current: UInt256
  var written = false
}
