import Foundation
import TxrayCore

/// State read from a snapshot file (geth `prestateTracer` output plus block fields, see
/// `StateSnapshot`). Anything the snapshot does not list is an error naming it, never zero.
public final class SnapshotState: StateSource, Sendable {
  public let snapshot: StateSnapshot

  public init(_ snapshot: StateSnapshot) {
    self.snapshot = snapshot
  }

  /// Reads `file`; errors name it.
  public convenience init(file: URL) throws(StateError) {
    let data: Data
    do {
      data = try Data(contentsOf: file)
    } catch {
      throw .unavailable("\(file.path): \(error.localizedDescription)")
    }
    self.init(try StateSnapshot(json: data, source: file.path))
  }

  public var block: BlockEnvironment { snapshot.block }

  public func account(_ address: Address) throws(StateError) -> AccountState? {
    guard let entry = snapshot.accounts[address] else { throw .missingAccount(address) }
    return entry.account
  }

  public func storage(_ address: Address, slot: UInt256) throws(StateError) -> UInt256 {
    guard let value = snapshot.accounts[address]?.storage[slot] else {
      throw .missingStorage(address, slot: slot)
    }
    return value
  }

  public func blockHash(_ number: UInt64) throws(StateError) -> UInt256 {
    guard let hash = snapshot.blockHashes[number] else { throw .missingBlockHash(number) }
    return hash
  }
}
