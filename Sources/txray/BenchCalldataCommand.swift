import ArgumentParser
import EVM
import TxrayKit

/// Measures call decoding: selector lookup, strict ABI decoding and nested-call decoding.
struct BenchCalldataCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bench-calldata",
    abstract: "Decode every hex calldata blob in FILE (one per line) and print the rate."
  )

  @Argument(help: "A file with one hex calldata blob per line.")
  var file: String

  func run() throws {
    // The registry is built before the clock starts too: the figure is the decoding a wallet
    // front end would repeat per transaction.
    let bench = try BenchInput(file: file)
    let decoder = CallDecoder()
    var sources: [DecodedCall.Source: Int] = [:]
    var nested = 0
    let clock = ContinuousClock()
    let elapsed = clock.measure {
      for bytes in bench.inputs {
        let call = decoder.decode(calldata: bytes, contract: nil)
        sources[call.source, default: 0] += 1
        nested += Self.nestedCount(call)
      }
    }
    let seconds = elapsed.inSeconds
    print("calldata \(bench.inputs.count)")
    print("unreadable \(bench.unreadable)")
    for source in DecodedCall.Source.allCases {
      print("source_\(source.rawValue) \(sources[source] ?? 0)")
    }
    print("nested_calls \(nested)")
    print("seconds \(seconds)")
    print("calls_per_second \(Int((Double(bench.inputs.count) / seconds).rounded()))")
  }

  private static func nestedCount(_ call: DecodedCall) -> Int {
    call.calls.reduce(call.calls.count) { $0 + nestedCount($1) }
  }
}
