import Foundation
import Testing
import TxrayCore

@testable import TxrayRules

@Suite("Model explainer")
struct ModelExplainerTests {
  let narration = ModelFixtures.unlimitedApproval

  /// The composer's choice, in code's words: the same text `Narration.text(of:)` renders, with
  /// the claims it states in order, streamed as it is chosen.
  @Test func aCompositionIsWrittenByCodeAndStreamed() throws {
    let script = ["finding.evm.unlimited-allowance", "action", "signer"].map {
      ModelFixtures.label(narration, $0)
    }
    let explainer = ModelExplainer(
      model: ScriptedComposer(
        script: script.joined(separator: " ") + " and " + ModelFixtures.label(narration, "fee")))
    var streamed = ""
    let result = explainer.explain(narration: narration) { streamed += $0 }
    let expected =
      "High risk: 0x0000…8BA3 may spend all of your USDC, with no end date. You allow "
      + "0x0000…8BA3 to spend all of your USDC, forever. You sign as 0xf39F…2266, and fees can "
      + "reach 0.0018 ETH."
    #expect(
      result
        == ExplanationText(
          text: expected, source: .model, model: "scripted composer",
          claims: ["finding.evm.unlimited-allowance", "action", "signer", "fee"]))
    #expect(streamed == expected)
  }

  /// A composer that would leave the high finding out is made to lead with it: the grammar
  /// opens every answer with a required claim.
  @Test func aCompositionCannotLeaveOutAHighFinding() throws {
    let script = ["action", "signer", "fee"].map { ModelFixtures.label(narration, $0) }
    let result = ModelExplainer(model: ScriptedComposer(script: script.joined(separator: " ")))
      .explain(narration: narration)
    #expect(result.source == .model)
    #expect(result.claims == ["finding.evm.unlimited-allowance", "action", "signer", "fee"])
    #expect(result.text.hasPrefix("High risk: 0x0000…8BA3 may spend all of your USDC"))
  }

  @Test func aCompositionCutByTheTimeLimitGivesTheNarratorsText() {
    let result = ModelExplainer(model: ScriptedComposer(script: "A1 B1", stopAfter: 1))
      .explain(narration: narration)
    #expect(result.source == .rules)
    #expect(result.text == narration.body)
    #expect(result.claims == narration.bodyComposition.claimIds)
    #expect(result.rejection == "stopped at the time limit of 10.0 seconds")
  }

  /// Prose from a server that repeats the statements is shown; the claims are read back.
  @Test func proseMadeOfTheStatementsIsAccepted() {
    let text =
      ModelFixtures.sentence(narration, "finding.evm.unlimited-allowance") + " Also, "
      + ModelFixtures.sentence(narration, "detail").lowercasedFirst
    let result = ModelExplainer(model: ScriptedModel(text: " " + text + "\n"))
      .explain(narration: narration)
    #expect(result.source == .model)
    #expect(result.text == text)
    #expect(result.claims == ["finding.evm.unlimited-allowance", "detail"])
  }

  @Test func proseThatOmitsTheFindingGivesTheNarratorsTextAndTheReason() {
    let result = ModelExplainer(
      model: ScriptedModel(text: ModelFixtures.sentence(narration, "action"))
    ).explain(narration: narration)
    #expect(
      result
        == ExplanationText(
          text: narration.body, source: .rules, model: "scripted",
          rejection: "omits the finding.evm.unlimited-allowance claim",
          claims: narration.bodyComposition.claimIds))
  }

  @Test func aFailingModelGivesTheNarratorsText() {
    let explainer = ModelExplainer(
      model: ScriptedModel(text: "", failure: .endpoint("connection refused")))
    let result = explainer.explain(narration: narration)
    #expect(result.source == .rules)
    #expect(result.text == narration.body)
    #expect(result.rejection == "endpoint: connection refused")
  }

  @Test func proseCutAtTheTokenLimitIsNotShown() {
    let explainer = ModelExplainer(
      model: ScriptedModel(text: narration.body, stop: .tokenLimit))
    let result = explainer.explain(narration: narration)
    #expect(result.source == .rules)
    #expect(result.rejection == "stopped at the limit of 160 tokens")
  }
}

extension String {
  var lowercasedFirst: String { prefix(1).lowercased() + dropFirst() }
}

@Suite("Model choice")
struct ModelChoiceTests {
  @Test func noModelWinsAndModelWithEndpointConflicts() throws {
    #expect(
      try ModelChoice.resolve(modelPath: "m.gguf", endpoint: nil, noModel: true, environment: [:])
        == .none)
    #expect(throws: ModelChoice.Failure.conflicting) {
      try ModelChoice.resolve(
        modelPath: "m.gguf", endpoint: "http://127.0.0.1:8080", noModel: false, environment: [:])
    }
    #expect(throws: ModelChoice.Failure.invalidEndpoint("ftp://x")) {
      try ModelChoice.resolve(modelPath: nil, endpoint: "ftp://x", noModel: false, environment: [:])
    }
  }

  @Test func defaultIsTheInstalledModelOrNone() throws {
    let empty = FileManager.default.temporaryDirectory.appendingPathComponent(
      "txray-model-choice-\(UUID().uuidString)"
    ).path
    #expect(
      try ModelChoice.resolve(
        modelPath: nil, endpoint: nil, noModel: false, environment: ["TXRAY_CACHE": empty])
        == .none)
    try FileManager.default.createDirectory(
      atPath: empty + "/models", withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: empty) }
    let path = empty + "/models/" + ModelChoice.defaultModelFile
    #expect(FileManager.default.createFile(atPath: path, contents: Data()))
    #expect(
      try ModelChoice.resolve(
        modelPath: nil, endpoint: nil, noModel: false, environment: ["TXRAY_CACHE": empty])
        == .file(path: path))
  }

  @Test func cacheDirectoryFollowsTheSetupScriptsRule() {
    #expect(ModelChoice.cacheDirectory(environment: ["TXRAY_CACHE": "/c", "HOME": "/h"]) == "/c")
    #expect(
      ModelChoice.cacheDirectory(environment: ["XDG_CACHE_HOME": "/x", "HOME": "/h"]) == "/x/txray")
    #expect(
      ModelChoice.cacheDirectory(environment: ["XDG_CACHE_HOME": "", "HOME": "/h"])
        == "/h/.cache/txray")
  }

  @Test func endpointURLsNameTheChatCompletionsPath() {
    let paths = [
      "http://127.0.0.1:8080", "http://127.0.0.1:8080/", "http://127.0.0.1:8080/v1",
      "http://127.0.0.1:8080/v1/chat/completions",
    ].map { OpenAIEndpoint(base: $0)?.completionsURL.absoluteString }
    #expect(paths == Array(repeating: "http://127.0.0.1:8080/v1/chat/completions", count: 4))
    #expect(OpenAIEndpoint(base: "localhost:8080") == nil)
  }
}
