import EVM
import Foundation
import IntentCheck
import NEAR
import Testing
import TxrayCore
import TxrayKit

/// The intent check over simulated transactions: swaps with enough or too little out, output
/// sent to someone else, a hidden approval in an EIP-7702 batch, look-alike recipients, extra
/// keys. Each scenario (Fixtures/intent/scenarios.jsonl) names an input, from samples/ or from
/// Fixtures/intent/ (scripts/gen-intent-scenarios.py: real vyper contracts, signed with
/// eth-account and NEAR keys, checked in pyrevm), the expectation, and the verdict and exact
/// differences the check must give against the snapshot beside the input.
@Suite struct IntentScenarioTests {
  struct Scenario: Sendable, CustomTestStringConvertible {
    var input: String
    var expect: String
    var verdict: String
    var basis: String
    var differences: [String]

    var testDescription: String { "\(input): \(expect)" }
  }

  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures")

  static let scenarios: [Scenario] = {
    let path = fixtures.appendingPathComponent("intent/scenarios.jsonl").path
    let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    return text.split(separator: "\n").compactMap { line in
      guard let object = try? JSONValue(parsing: String(line)),
        let input = object["input"]?.stringValue, let expect = object["expect"]?.stringValue,
        let verdict = object["verdict"]?.stringValue, let basis = object["basis"]?.stringValue,
        let differences = object["differences"]?.stringItems
      else { return nil }
      return Scenario(
        input: input, expect: expect, verdict: verdict, basis: basis, differences: differences)
    }
  }()

  @Test func atLeastFortyScenarios() {
    #expect(Self.scenarios.count >= 40)
    #expect(Self.scenarios.filter { $0.verdict == "mismatch" }.count >= 20)
  }

  @Test(arguments: scenarios) func checksTheSimulatedTransaction(_ scenario: Scenario) throws {
    let base =
      scenario.input.hasPrefix("samples/")
      ? Samples.path(String(scenario.input.dropFirst("samples/".count)))
      : Self.fixtures.appendingPathComponent(scenario.input).path
    let input = try #require(
      [".hex", ".b64", ".json"].map { base + $0 }.first {
        FileManager.default.fileExists(atPath: $0)
      })
    var context = ExplainContext()
    context.tokens = Self.tokens
    let state = base + ".state.json"
    if FileManager.default.fileExists(atPath: state) { context.simulation.stateFile = state }
    context.expectation = try ExpectationInput.parse(scenario.expect)
    let text = try String(contentsOfFile: input, encoding: .utf8)
    let check = try #require(
      try Explainer.explain(text, context: context, rendering: .json).judgement?.intentCheck)
    #expect(check.verdict.rawValue == scenario.verdict)
    #expect(check.basis.rawValue == scenario.basis)
    #expect(check.differences == scenario.differences)
  }

  /// The bundled token lists, as `txray` loads them.
  static let tokens: TokenList = {
    var list = BundledEVMTokens.list
    list.merge(BundledNEARTokens.list)
    return list
  }()
}
