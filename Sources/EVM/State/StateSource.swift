import TxrayCore

/// An account as a state source knows it. `nil` from `account(_:)` means "does not exist".
public struct AccountState: Sendable, Equatable {
  public var balance: UInt256
  public var nonce: UInt64
  public var code: [UInt8]

  public init(balance: UInt256 = .zero, nonce: UInt64 = 0, code: [UInt8] = []) {
    self.balance = balance
    self.nonce = nonce
    self.code = code
  }
}

/// Why a state read failed. A simulation reports these instead of reading a missing value as
/// zero, which would silently produce a wrong result.
public enum StateError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The snapshot does not cover this account.
  case missingAccount(Address)
  case missingStorage(Address, slot: UInt256)
  case missingBlockHash(UInt64)
  /// An RPC failure or timeout, with the reason.
  case unavailable(String)

  public var description: String {
    switch self {
    case .missingAccount(let address):
      "state does not cover account \(address.lowercaseHex)"
    case .missingStorage(let address, let slot):
      "state does not cover storage slot \(slot.hexString) of \(address.lowercaseHex)"
    case .missingBlockHash(let number):
      "state does not cover the hash of block \(number)"
    case .unavailable(let reason):
      "state unavailable: \(reason)"
    }
  }
}

/// Pre-state reads a simulation needs. Implementations: `InMemoryState` (tests, state tests),
/// `SnapshotState` (prestateTracer JSON), `RPCState` (--rpc), `RecordingState` (--save-state).
public protocol StateSource: Sendable {
  func account(_ address: Address) throws(StateError) -> AccountState?
  func storage(_ address: Address, slot: UInt256) throws(StateError) -> UInt256
  func blockHash(_ number: UInt64) throws(StateError) -> UInt256
}

/// The block a transaction executes in, as the block-level opcodes and fee rules see it.
public struct BlockEnvironment: Sendable, Equatable {
  public var number: UInt64
  public var timestamp: UInt64
  public var coinbase: Address
  public var gasLimit: UInt64
  public var baseFee: UInt256
  public var prevRandao: UInt256
  public var difficulty: UInt256
  /// nil before Cancun (no blob gas market).
  public var excessBlobGas: UInt64?
  public var chainId: UInt64
  /// Whether the state's source named its chain (a node always does; a snapshot may leave it
  /// out). A transaction for another chain than a named one is invalid against this state; one
  /// the source left out is taken from the transaction.
  public var chainIdIsStated: Bool

  public init(
    number: UInt64, timestamp: UInt64, coinbase: Address, gasLimit: UInt64,
    baseFee: UInt256, prevRandao: UInt256, difficulty: UInt256 = .zero,
    excessBlobGas: UInt64? = 0, chainId: UInt64 = 1, chainIdIsStated: Bool = true
  ) {
    self.number = number
    self.timestamp = timestamp
    self.coinbase = coinbase
    self.gasLimit = gasLimit
    self.baseFee = baseFee
    self.prevRandao = prevRandao
    self.difficulty = difficulty
    self.excessBlobGas = excessBlobGas
    self.chainId = chainId
    self.chainIdIsStated = chainIdIsStated
  }
}

/// A complete state held in dictionaries: every account not listed does not exist and every
/// slot not listed is zero; a block hash not listed is an error, never a made-up value.
/// Immutable after init, so the compiler checks it is safe to read from any thread.
public final class InMemoryState: StateSource, Sendable {
  private let accounts: [Address: AccountState]
  private let storageSlots: [Address: [UInt256: UInt256]]
  private let blockHashes: [UInt64: UInt256]

  public init(
    accounts: [Address: AccountState], storage: [Address: [UInt256: UInt256]],
    blockHashes: [UInt64: UInt256] = [:]
  ) {
    self.accounts = accounts
    self.storageSlots = storage
    self.blockHashes = blockHashes
  }

  public func account(_ address: Address) throws(StateError) -> AccountState? {
    accounts[address]
  }

  public func storage(_ address: Address, slot: UInt256) throws(StateError) -> UInt256 {
    storageSlots[address]?[slot] ?? .zero
  }

  public func blockHash(_ number: UInt64) throws(StateError) -> UInt256 {
    guard let hash = blockHashes[number] else { throw .missingBlockHash(number) }
    return hash
  }
}

extension InMemoryState: StorageProbe {
  /// A reference test's pre-state lists every slot an account holds, so "any non-zero slot" is
  /// exact here (EIP-7610 collisions).
  public func hasStorage(_ address: Address) throws(StateError) -> Bool {
    storageSlots[address]?.values.contains { !$0.isZero } ?? false
  }
}
