import Foundation
import Synchronization
import TxrayCore

/// Wraps a state source and remembers every successful read, so `snapshot()` is exactly the
/// state a simulation used: `SnapshotState` replays it offline to the identical result
/// (`--save-state FILE`).
public final class RecordingState: StateSource, Sendable {
  public let source: any StateSource
  public let block: BlockEnvironment
  private let reads = Mutex(Reads())

  private struct Reads {
    var accounts: [Address: SnapshotAccount] = [:]
    var blockHashes: [UInt64: UInt256] = [:]
  }

  public init(_ source: any StateSource, block: BlockEnvironment) {
    self.source = source
    self.block = block
  }

  public func account(_ address: Address) throws(StateError) -> AccountState? {
    let account = try source.account(address)
    reads.withLock { reads in
      reads.accounts[address, default: SnapshotAccount(account: nil)].account = account
    }
    return account
  }

  /// A slot read of an account whose fields were never read lists that account as absent: the
  /// snapshot holds only what was read, and an executor reads code before storage anyway.
  public func storage(_ address: Address, slot: UInt256) throws(StateError) -> UInt256 {
    let value = try source.storage(address, slot: slot)
    reads.withLock { reads in
      reads.accounts[address, default: SnapshotAccount(account: nil)].storage[slot] = value
    }
    return value
  }

  public func blockHash(_ number: UInt64) throws(StateError) -> UInt256 {
    let hash = try source.blockHash(number)
    reads.withLock { $0.blockHashes[number] = hash }
    return hash
  }

  /// Everything read so far.
  public func snapshot() -> StateSnapshot {
    reads.withLock { reads in
      StateSnapshot(block: block, accounts: reads.accounts, blockHashes: reads.blockHashes)
    }
  }

  /// Writes `snapshot()` to `file`.
  public func save(to file: URL) throws(StateError) {
    do {
      try snapshot().json().write(to: file, options: .atomic)
    } catch {
      throw .unavailable("cannot write \(file.path): \(error.localizedDescription)")
    }
  }
}
