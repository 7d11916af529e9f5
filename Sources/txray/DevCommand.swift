import ArgumentParser
import EVM
import TxrayKit

/// Developer tools: measurements and conformance runners, not meant for signers.
struct DevCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "dev",
    abstract: "Developer tools (benchmarks, conformance runners).",
    subcommands: [
      BenchDecodeCommand.self, BenchCalldataCommand.self, BenchEVMCommand.self,
      ClaimsCommand.self, EvalCommand.self, ReadIntentsCommand.self, StateTestCommand.self,
    ]
  )
}

struct BenchDecodeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bench-decode",
    abstract: "Decode and recover the sender of every hex transaction in FILE, and print the rate."
  )

  @Argument(help: "A file with one hex transaction per line.")
  var file: String

  func run() throws {
    // Timed from raw bytes: comparable with a bare libsecp256k1 loop over binary signatures.
    let bench = try BenchInput(file: file)
    var failures = bench.unreadable
    let elapsed = ContinuousClock().measure {
      for bytes in bench.inputs {
        guard let tx = try? TransactionDecoder.decode(bytes), tx.from != nil else {
          failures += 1
          continue
        }
      }
    }
    let count = bench.inputs.count + bench.unreadable
    print("transactions \(count)")
    print("failures \(failures)")
    print("seconds \(elapsed.inSeconds)")
    print("tx_per_second \(Int((Double(count) / elapsed.inSeconds).rounded()))")
  }
}
