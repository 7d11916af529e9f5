import Foundation
import Testing
import TxrayCore

@testable import TxrayRules

@Suite("Model explainer")
struct ModelExplainerTests {
  let narration = ModelFixtures.unlimitedApproval
  let findings = ModelFixtures.unlimitedApprovalFindings

  @Test func acceptedTextIsFilledByCodeAndStreamedFilled() {
    let explainer = ModelExplainer(
      model: ScriptedModel(text: " You let {spender} take all your {token}. {risk1}\n"))
    var streamed = ""
    let result = explainer.explain(narration: narration, findings: findings) { streamed += $0 }
    let expected =
      "You let 0xdEAD…beef take all your USDC. 0xdEAD…beef may spend an unlimited amount of your USDC."
    #expect(result == ExplanationText(text: expected, source: .model, model: "scripted"))
    #expect(streamed.trimmedWhitespace == expected)
  }

  @Test func rejectedTextGivesTheNarratorsTextAndTheReason() {
    let explainer = ModelExplainer(model: ScriptedModel(text: "You let {spender} take it."))
    let result = explainer.explain(narration: narration, findings: findings)
    #expect(
      result
        == ExplanationText(
          text: narration.body, source: .rules, model: "scripted",
          rejection: "omits the evm.unlimited-allowance finding ({risk1})"))
  }

  @Test func aFailingModelGivesTheNarratorsText() {
    let explainer = ModelExplainer(
      model: ScriptedModel(text: "", failure: .endpoint("connection refused")))
    let result = explainer.explain(narration: narration, findings: findings)
    #expect(result.source == .rules)
    #expect(result.text == narration.body)
    #expect(result.rejection == "endpoint: connection refused")
  }

  @Test func textCutAtTheTokenLimitIsNotShown() {
    let explainer = ModelExplainer(
      model: ScriptedModel(
        text: "You let {spender} take all your {token}. {risk1}", stop: .tokenLimit))
    let result = explainer.explain(narration: narration, findings: findings)
    #expect(result.source == .rules)
    #expect(result.rejection == "stopped at the limit of 160 tokens")
  }

  @Test func slotStreamHoldsBackAnOpenPlaceholder() {
    var stream = SlotStream(narration: narration)
    #expect(stream.push("You allow {spe") == "You allow ")
    #expect(stream.push("nder} to") == "0xdEAD…beef to")
    #expect(stream.push(" use {tok") == " use ")
    #expect(stream.finish() == "{tok")
  }

  @Test func aNarratorSlotHoldingTheFindingBecomesItsPlaceholder() {
    let narration = Narration(
      headlineTemplate: "", bodyTemplate: "You let {spender} spend it. High risk: {danger}",
      slots: [
        Slot(name: "spender", value: "0xdEAD…beef"),
        Slot(name: "danger", value: "0xdEAD…beef may spend an unlimited amount of your USDC"),
      ])
    let prompt = GroundedPrompt(narration: narration, findings: findings)
    #expect(prompt.slots.map(\.name) == ["spender", "danger"])
    #expect(prompt.required.map(\.slot) == ["danger"])
    #expect(prompt.slots.last?.value == findings[0].message)
    #expect(!prompt.grammar.contains("risk1"))
  }

  @Test func riskSlotsDoNotShadowTheNarratorsSlots() {
    let narration = Narration(
      headlineTemplate: "", bodyTemplate: "{risk1}",
      slots: [Slot(name: "risk1", value: "narrator's")])
    let prompt = GroundedPrompt(narration: narration, findings: findings)
    #expect(prompt.slots.map(\.name) == ["risk1", "risk2"])
    #expect(prompt.required.map(\.slot) == ["risk2"])
  }
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
