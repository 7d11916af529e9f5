import EVM
import TxrayCore

extension FuzzBody {
  /// Arbitrary bytecode run as a contract by an `eth_call` with 100,000 gas under the current
  /// fork: the interpreter, its memory and stack, calls, creates and precompiles.
  public static let evmExecution = FuzzBody(target: "EVMExecution") { code in
    let caller = Address(bytes: Array(repeating: 0xca, count: 20))!
    let contract = Address(bytes: Array(repeating: 0xc0, count: 20))!
    let snapshot = StateSnapshot(
      block: StateSnapshot.defaultBlock,
      accounts: [
        caller: SnapshotAccount(account: AccountState(balance: UInt256(1_000_000))),
        contract: SnapshotAccount(account: AccountState(nonce: 1, code: code)),
      ])
    let executor = TransactionExecutor(
      fork: .current, block: snapshot.block, state: SnapshotState(snapshot),
      limits: ExecutionLimits(timeout: .seconds(5)))
    _ = executor.call(from: caller, to: contract, data: [], gas: 100_000)
  }
}
