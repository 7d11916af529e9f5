import ArgumentParser
import EVM
import Foundation
import TxrayCore

/// Developer tools: measurements and conformance runners, not meant for signers.
struct DevCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "dev",
    abstract: "Developer tools (benchmarks).",
    subcommands: [BenchDecodeCommand.self]
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
    var failures = 0
    let clock = ContinuousClock()
    // Timed from hex text to recovered sender, as a wallet would receive the transaction.
    let elapsed = clock.measure {
      for line in lines {
        guard let bytes = try? Hex.decode(line), let tx = try? TransactionDecoder.decode(bytes),
          tx.from != nil
        else {
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
