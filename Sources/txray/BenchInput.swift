import Foundation
import TxrayCore
import TxrayKit

/// The inputs of the `dev bench-*` commands: every non-empty line of a file, decoded from hex
/// before any clock starts, so a figure measures the decoding under test and nothing else.
struct BenchInput {
  var inputs: [[UInt8]]
  /// Lines that are not hex.
  var unreadable: Int

  init(file: String) throws(Failure) {
    guard let contents = FileManager.default.contents(atPath: file),
      let text = String(data: contents, encoding: .utf8)
    else { throw Failure.badInput("cannot read file '\(file)'") }
    inputs = []
    unreadable = 0
    for line in text.split(whereSeparator: \.isNewline) where !line.isEmpty {
      if let bytes = try? Hex.decode(line) { inputs.append(bytes) } else { unreadable += 1 }
    }
  }
}

extension Duration {
  var inSeconds: Double {
    Double(components.seconds) + Double(components.attoseconds) * 1e-18
  }
}
