import ArgumentParser
import EVM
import Foundation
import TxrayCore

/// Measures the interpreter: executes each workload's transactions against the file's state and
/// prints gas per second. `scripts/bench-evm` runs the same file through revm (pyrevm) and
/// reports the ratio.
struct BenchEVMCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bench-evm",
    abstract: "Execute the transactions of a workload file and print the interpreter's throughput.",
    discussion: """
      FILE is a state snapshot (block and prestate) with a "workloads" array: \
      [{"name", "repeat", "transactions": [{"from", "to", "value", "data", "gasLimit", \
      "nonce"}]}]. Every transaction runs against the same pre-state, with gas price 0.
      """
  )

  @Argument(help: "A workload file written by scripts/bench-evm.")
  var file: String

  @Option(help: "Execute under this fork's rules.")
  var fork: String = "prague"

  func run() throws {
    let data = try Data(contentsOf: URL(fileURLWithPath: file))
    let snapshot = try StateSnapshot(json: data, source: file)
    guard let fork = Fork(name: fork) else { throw ValidationError("unknown fork '\(fork)'") }
    let state = InMemoryState(
      accounts: snapshot.accounts.compactMapValues(\.account),
      storage: snapshot.accounts.mapValues(\.storage))
    let executor = TransactionExecutor(fork: fork, block: snapshot.block, state: state)
    for workload in try Self.workloads(data) {
      // One untimed pass: the first run pays for lazily built tables and page faults.
      let first = workload.transactions.map { executor.execute($0) }
      if let failed = first.first(where: { $0.status != .success }) {
        throw ValidationError("workload \(workload.name): a transaction ended \(failed.status)")
      }
      let gas = first.reduce(UInt64(0)) { $0 + $1.gasUsed } * UInt64(workload.rounds)
      let elapsed = ContinuousClock().measure {
        for _ in 0..<workload.rounds {
          for tx in workload.transactions { _ = executor.execute(tx) }
        }
      }
      let seconds = elapsed.inSeconds
      let count = workload.transactions.count * workload.rounds
      print(
        "workload \(workload.name) transactions \(count) gas \(gas) seconds \(seconds)"
          + " mgas_per_second \(Double(gas) / seconds / 1e6)"
          + " tx_per_second \(Int((Double(count) / seconds).rounded()))")
    }
  }

  struct Workload {
    var name: String
    var rounds: Int
    var transactions: [ExecutableTransaction]
  }

  static func workloads(_ data: Data) throws -> [Workload] {
    let top = try JSONValue(parsing: Array(data))
    guard let list = top["workloads"]?.arrayItems else {
      throw ValidationError("the file has no \"workloads\" array")
    }
    return try list.map { entry in
      let name = entry["name"]?.stringValue ?? "?"
      let transactions = try (entry["transactions"]?.arrayItems ?? []).map { tx in
        guard let sender = Address(hex: tx["from"]?.stringValue ?? ""),
          let value = UInt256(decimalString: tx["value"]?.stringValue ?? "0"),
          let gasLimit = UInt256(decimalString: tx["gasLimit"]?.stringValue ?? ""),
          let data = try? Hex.decode(tx["data"]?.stringValue ?? "0x")
        else { throw ValidationError("workload \(name): malformed transaction") }
        return ExecutableTransaction(
          sender: sender, to: tx["to"]?.stringValue.flatMap { Address(hex: $0) }, value: value,
          data: data, gasLimit: gasLimit, nonce: UInt256(UInt64(tx["nonce"]?.intValue ?? 0)),
          gasPrice: .zero)
      }
      return Workload(
        name: name, rounds: max(1, entry["repeat"]?.intValue ?? 1), transactions: transactions)
    }
  }
}
