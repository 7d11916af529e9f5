import ArgumentParser
import EVM
import Foundation
import TxrayCore

/// Measures call decoding: selector lookup, strict ABI decoding and nested-call decoding.
struct BenchCalldataCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bench-calldata",
    abstract: "Decode every hex calldata blob in FILE (one per line) and print the rate."
  )

  @Argument(help: "A file with one hex calldata blob per line.")
  var file: String

  func run() throws {
    guard let contents = FileManager.default.contents(atPath: file),
      let text = String(data: contents, encoding: .utf8)
    else { throw Failure.badInput("cannot read file '\(file)'") }
    let lines = text.split(whereSeparator: \.isNewline).filter { !$0.isEmpty }
    // Hex text becomes bytes before the clock starts, and the registry is built then too: the
    // figure is the decoding a wallet front end would repeat per transaction.
    var inputs: [[UInt8]] = []
    inputs.reserveCapacity(lines.count)
    var unreadable = 0
    for line in lines {
      if let bytes = try? Hex.decode(line) { inputs.append(bytes) } else { unreadable += 1 }
    }
    let decoder = CallDecoder()
    var sources: [DecodedCall.Source: Int] = [:]
    var nested = 0
    let clock = ContinuousClock()
    let elapsed = clock.measure {
      for bytes in inputs {
        let call = decoder.decode(calldata: bytes, contract: nil)
        sources[call.source, default: 0] += 1
        nested += Self.nestedCount(call)
      }
    }
    let seconds =
      Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    print("calldata \(inputs.count)")
    print("unreadable \(unreadable)")
    for source in DecodedCall.Source.allCases {
      print("source_\(source.rawValue) \(sources[source] ?? 0)")
    }
    print("nested_calls \(nested)")
    print("seconds \(seconds)")
    print("calls_per_second \(Int((Double(inputs.count) / seconds).rounded()))")
  }

  private static func nestedCount(_ call: DecodedCall) -> Int {
    call.calls.reduce(call.calls.count) { $0 + nestedCount($1) }
  }
}
