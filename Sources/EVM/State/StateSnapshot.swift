import Foundation
import TxrayCore

/// The snapshot file `SnapshotState` reads and `RecordingState` writes:
///
/// ```json
/// {
///   "block": {"number": "0x..", "timestamp": "0x..", "coinbase": "0x..", "gasLimit": "0x..",
///             "baseFee": "0x..", "prevRandao": "0x..", "difficulty": "0x..",
///             "excessBlobGas": "0x..", "chainId": "0x.."},
///   "blockHashes": {"0x<number>": "0x<hash>"},
///   "state": {"0x<address>": {"balance": "0x..", "nonce": 1, "code": "0x..",
///                             "storage": {"0x<slot>": "0x<value>"}}}
/// }
/// ```
///
/// `state` is exactly geth's `prestateTracer` output, so a bare prestate map (or a JSON-RPC
/// response wrapping one in `result`) is accepted too, with default block fields. Block fields
/// may be hex strings or JSON numbers; geth header names (`miner`, `baseFeePerGas`, `mixHash`)
/// are accepted. Every account and slot a simulation reads must be listed: prestateTracer lists
/// each one a transaction touched, so anything else is reported missing rather than read as
/// zero. An account listed as empty (no balance, nonce or code) does not exist, as geth lists
/// touched non-existent accounts that way.
public struct StateSnapshot: Sendable, Equatable {
  public var block: BlockEnvironment
  public var accounts: [Address: SnapshotAccount]
  public var blockHashes: [UInt64: UInt256]

  public init(
    block: BlockEnvironment, accounts: [Address: SnapshotAccount],
    blockHashes: [UInt64: UInt256] = [:]
  ) {
    self.block = block
    self.accounts = accounts
    self.blockHashes = blockHashes
  }

  /// The block a bare prestate map runs in: a 30M gas limit, zero fees, and the chain of the
  /// transaction run in it (mainnet when it names none).
  public static let defaultBlock = BlockEnvironment(
    number: 0, timestamp: 0, coinbase: Address.zero, gasLimit: 30_000_000, baseFee: .zero,
    prevRandao: .zero, excessBlobGas: 0, chainId: 1, chainIdIsStated: false)
}

/// One account of a snapshot: its fields and the storage slots that were read.
public struct SnapshotAccount: Sendable, Equatable {
  /// nil: the account does not exist.
  public var account: AccountState?
  public var storage: [UInt256: UInt256]

  public init(account: AccountState?, storage: [UInt256: UInt256] = [:]) {
    self.account = account
    self.storage = storage
  }
}
