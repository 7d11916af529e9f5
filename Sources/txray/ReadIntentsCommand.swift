import ArgumentParser
import EVM
import Foundation
import IntentCheck
import TxrayCore
import TxrayKit
import TxrayRules

/// `txray dev read-intents FILE`: how well the model reads plain words into expectations. Each
/// line of FILE is `{"words": "…", "expected": "…"}`; a reading is exact when it holds the same
/// clauses as `expected` (in any order: order means nothing to the check). Prints every miss,
/// then the count and the latencies.
struct ReadIntentsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "read-intents",
    abstract: "Read each line's plain words with the model and compare with its expectation.")

  @Argument(help: "A JSON Lines file of {\"words\", \"expected\"} objects.")
  var file: String

  @Option(help: "The GGUF model (default: the installed default model).")
  var model: String?

  /// The clauses in canonical text, sorted.
  static func clauses(_ expectation: Expectation) -> String {
    expectation.clauses.map(ExpectationText.render).sorted().joined(separator: ", ")
  }

  func run() throws {
    let environment = ProcessInfo.processInfo.environment
    guard
      let loaded = try ModelChoice.resolve(
        modelPath: model, endpoint: nil, noModel: false, environment: environment
      ).load()
    else { throw Failure.badInput("no model installed (scripts/setup)") }
    let tokens = try ExplainContext.load(fork: nil, chain: nil, abiFiles: [], descriptors: nil)
      .tokens
    let reader = PlainWordsReader(model: loaded, timeLimit: .seconds(60))
    let text = try String(contentsOfFile: file, encoding: .utf8)
    var exact = 0
    var total = 0
    var seconds: [Double] = []
    for line in text.split(separator: "\n") {
      let row = try JSONValue(parsing: String(line))
      guard let words = row["words"]?.stringValue, let expected = row["expected"]?.stringValue
      else { continue }
      total += 1
      let want = Self.clauses(try ExpectationParser.parse(expected))
      let clock = ContinuousClock()
      let start = clock.now
      let got: String
      do {
        got = Self.clauses(try reader.read(words, tokens: tokens, chainId: nil))
      } catch {
        got = "error: \(error.message)"
      }
      let elapsed = clock.now - start
      seconds.append(
        Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
      if got == want {
        exact += 1
      } else {
        print("miss: \(words)\n  want: \(want)\n  got:  \(got)")
      }
    }
    seconds.sort()
    let mean = seconds.reduce(0, +) / Double(max(1, seconds.count))
    let p95 = seconds.isEmpty ? 0 : seconds[min(seconds.count - 1, seconds.count * 95 / 100)]
    print("exact \(exact)/\(total)")
    print(
      String(
        format: "seconds mean %.2f p50 %.2f p95 %.2f max %.2f", mean,
        seconds.isEmpty ? 0 : seconds[seconds.count / 2], p95, seconds.last ?? 0))
  }
}
