import TxrayCore

/// An account as NEAR RPC's `view_account` shows it.
public struct NEARAccount: Sendable, Equatable {
  /// Liquid balance, yoctoNEAR.
  public var amount: UInt256
  /// Balance locked as validator stake, yoctoNEAR.
  public var locked: UInt256
  /// SHA-256 of the deployed contract; 32 zero bytes when there is none.
  public var codeHash: [UInt8]
  /// Bytes of state the account pays storage stake for.
  public var storageUsage: UInt64

  public static let noCodeHash = [UInt8](repeating: 0, count: 32)

  public init(
    amount: UInt256, locked: UInt256 = .zero, codeHash: [UInt8] = noCodeHash,
    storageUsage: UInt64 = 182
  ) {
    self.amount = amount
    self.locked = locked
    self.codeHash = codeHash
    self.storageUsage = storageUsage
  }

  public var hasContract: Bool { codeHash != Self.noCodeHash }
}

/// The block a simulation runs on top of.
public struct NEARBlock: Sendable, Equatable {
  public var height: UInt64
  /// Nanoseconds since the Unix epoch.
  public var timestamp: UInt64
  /// yoctoNEAR per unit of gas.
  public var gasPrice: UInt256
  public var epochHeight: UInt64

  /// The protocol's floor price, where mainnet has sat for years.
  public static let minimumGasPrice = UInt256(100_000_000)

  public init(
    height: UInt64, timestamp: UInt64, gasPrice: UInt256 = minimumGasPrice, epochHeight: UInt64 = 0
  ) {
    self.height = height
    self.timestamp = timestamp
    self.gasPrice = gasPrice
    self.epochHeight = epochHeight
  }
}

/// Why a read could not be answered. Never read as "absent": a simulation that meets one stops
/// and says so.
public enum NEARStateError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The snapshot does not cover this account at all.
  case missingAccount(AccountId)
  /// The snapshot covers the account but not its contract code.
  case missingCode(AccountId)
  /// The snapshot covers the account but not its contract state.
  case missingStorage(AccountId)
  /// The snapshot covers the account but not its access keys.
  case missingAccessKeys(AccountId)
  /// The snapshot has no block.
  case missingBlock
  /// An RPC failure or timeout, with the reason.
  case unavailable(String)

  public var description: String {
    switch self {
    case .missingAccount(let account): return "the state does not cover account \(account)"
    case .missingCode(let account): return "the state does not hold the contract code of \(account)"
    case .missingStorage(let account):
      return "the state does not hold the contract state of \(account)"
    case .missingAccessKeys(let account):
      return "the state does not hold the access keys of \(account)"
    case .missingBlock: return "the state names no block (height, timestamp, gas price)"
    case .unavailable(let reason): return "state unavailable: \(reason)"
    }
  }
}

/// The reads a NEAR simulation needs. Implementations: `NEARSnapshot` (a file, offline),
/// `NEARRPCState` (a live node, lazy and cached) and `NEARRecordingState` (records what another
/// source answered, for `--save-state`). `nil` always means "does not exist".
public protocol NEARStateSource: Sendable {
  func account(_ id: AccountId) throws(NEARStateError) -> NEARAccount?
  func accessKey(_ id: AccountId, publicKey: PublicKey) throws(NEARStateError) -> AccessKey?
  /// The deployed Wasm; nil when the account has no contract.
  func code(_ id: AccountId) throws(NEARStateError) -> [UInt8]?
  /// One contract storage value; nil when the key is not set.
  func storage(_ id: AccountId, key: [UInt8]) throws(NEARStateError) -> [UInt8]?
  func block() throws(NEARStateError) -> NEARBlock
}
