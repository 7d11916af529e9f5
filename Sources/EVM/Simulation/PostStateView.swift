import TxrayCore

/// Reads of the state as it is after a transaction: what effect derivation needs besides the
/// execution result (token metadata, which accounts hold code, proxy implementation slots). A
/// protocol so tests can derive effects from hand-made results without an interpreter.
public protocol PostStateView: Sendable {
  /// The account's code after the transaction (empty when it has none or does not exist); nil
  /// when it cannot be read.
  func code(_ address: Address) -> [UInt8]?
  /// A storage slot after the transaction; nil when it cannot be read.
  func storage(_ address: Address, slot: UInt256) -> UInt256?
  /// The return data of a successful read-only call, nil when it fails.
  func staticCall(to: Address, data: [UInt8]) -> [UInt8]?
}

/// The state a `TransactionExecutor` reads with a transaction's changes applied on top. Read
/// failures become nil: metadata and code checks add to a result, they never decide it.
struct ExecutedStateView: PostStateView {
  let executor: TransactionExecutor
  let changes: [AccountChange]
  private let changed: [Address: AccountChange]
  /// Who makes the read-only calls: the transaction's sender, as a wallet's eth_call would.
  let caller: Address

  init(executor: TransactionExecutor, changes: [AccountChange], caller: Address) {
    self.executor = executor
    self.caller = caller
    self.changes = changes
    self.changed = Dictionary(
      changes.map { ($0.address, $0) }, uniquingKeysWith: { _, last in last })
  }

  func code(_ address: Address) -> [UInt8]? {
    if let change = changed[address] { return change.after?.code ?? [] }
    do { return try executor.state.account(address)?.code ?? [] } catch { return nil }
  }

  func storage(_ address: Address, slot: UInt256) -> UInt256? {
    if let change = changed[address] {
      if change.after == nil { return .zero }
      if let written = change.storage.first(where: { $0.slot == slot }) { return written.after }
    }
    return try? executor.state.storage(address, slot: slot)
  }

  func staticCall(to: Address, data: [UInt8]) -> [UInt8]? {
    let result = executor.call(
      from: caller, to: to, data: data, gas: Self.metadataGas,
      after: changes)
    return result.status == .success ? result.output : nil
  }

  /// Enough for any honest `symbol()`/`decimals()`; a hostile token cannot stall the simulation.
  static let metadataGas: UInt64 = 200_000
}
