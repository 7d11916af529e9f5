import ArgumentParser
import EVM
import Foundation
import TxrayCore

/// Developer tools: measurements and conformance runners, not meant for signers.
struct DevCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "dev",
    abstract: "Developer tools (benchmarks).",
    subcommands: [BenchDecodeCommand.self, BenchCalldataCommand.self]
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
    guard let contents = FileManager.default.contents(atPath: file),
      let text = String(data: contents, encoding: .utf8)
    else { throw Failure.badInput("cannot read file '\(file)'") }
    let lines = text.split(whereSeparator: \.isNewline).filter { !$0.isEmpty }
    // Hex text is turned into bytes before the clock starts: the figure is decode + recovery from
    // raw bytes, comparable with a bare libsecp256k1 loop that starts from binary signatures.
    var inputs: [[UInt8]] = []
    inputs.reserveCapacity(lines.count)
    var failures = 0
    for line in lines {
      if let bytes = try? Hex.decode(line) { inputs.append(bytes) } else { failures += 1 }
    }
    let clock = ContinuousClock()
    let elapsed = clock.measure {
      for bytes in inputs {
        guard let tx = try? TransactionDecoder.decode(bytes), tx.from != nil else {
          failures += 1
          continue
        }
      }
    }
    let seconds =
      Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    print("transactions \(lines.count)")
    print("failures \(failures)")
    print("seconds \(seconds)")
    print("tx_per_second \(Int((Double(lines.count) / seconds).rounded()))")
  }
}
