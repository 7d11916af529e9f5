import Foundation
import Testing
import TxrayCore

@testable import TxrayLlama
@testable import TxrayRules

@Suite(
  "In-process generation with llama.cpp",
  .serialized,
  .enabled(
    if: ModelFixtures.smallModelPath != nil,
    "SmolLM2 is not installed in txray's cache: run scripts/setup-llama"))
struct ModelGenerationTests {
  /// The time bound is generous: CI runs the other suites at the same time on 2 cores.
  func explainer() throws -> ModelExplainer {
    ModelExplainer(model: try #require(ModelFixtures.smallModel), timeLimit: .seconds(60))
  }

  @Test func grammarBoundTextKeepsTheFindingAndWritesNoFacts() throws {
    var streamed = ""
    let attempt = try explainer().attempt(
      narration: ModelFixtures.unlimitedApproval, findings: ModelFixtures.unlimitedApprovalFindings
    ) { streamed += $0 }
    let generation = try #require(attempt.generation, "\(attempt.explanation)")
    let raw = try #require(attempt.rawText)
    print("SmolLM2:", raw, generation.totalTime)
    #expect(generation.stop == .finished)
    #expect(raw.contains("{risk1}"))
    #expect(PlaceholderText(raw).prose.allSatisfy { !$0.isNumber })
    // Streamed pieces arrive with placeholders filled, and add up to the model's text.
    #expect(streamed.contains(ModelFixtures.unlimitedApprovalFindings[0].message))
    #expect(!streamed.contains("{"))
    if attempt.explanation.source == .model {
      #expect(attempt.explanation.text == streamed.trimmedWhitespace)
    }
  }

  /// Drafted tokens are kept only where the model picks them itself, so the answer follows the
  /// one-token-at-a-time answer. Not necessarily to the last token: a batched step computes
  /// the same logits with other kernels, which can tip a near tie, so the first sentence is
  /// compared.
  @Test func promptLookupFollowsOneTokenAtATimeDecoding() throws {
    let plain = try LlamaModel(path: try #require(ModelFixtures.smallModelPath), lookupDraft: 0)
    let drafting = try #require(ModelFixtures.smallModel)
    #expect(plain.lookupDraft == 0 && drafting.lookupDraft > 0)
    func firstSentence(_ model: LlamaModel) throws -> String {
      let attempt = ModelExplainer(model: model, timeLimit: .seconds(60)).attempt(
        narration: ModelFixtures.unlimitedApproval,
        findings: ModelFixtures.unlimitedApprovalFindings)
      let raw = try #require(attempt.rawText)
      return String(raw.prefix { $0 != "." })
    }
    let one = try firstSentence(plain)
    #expect(one.count > 20)
    #expect(one == (try firstSentence(drafting)))
  }

  /// The first run saves the state after the prompt's fixed opening; later runs load it and
  /// write the same text. A file llama.cpp cannot load is ignored, not an error.
  @Test func promptPrefixCacheIsSavedReusedAndSurvivesDamage() throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("txray-prompt-cache-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: directory) }
    let model = try LlamaModel(
      path: try #require(ModelFixtures.smallModelPath), promptCacheDirectory: directory.path)
    func answer() throws -> String {
      var explainer = ModelExplainer(model: model, timeLimit: .seconds(60))
      explainer.maxTokens = 40
      return try #require(
        explainer.attempt(
          narration: ModelFixtures.fullAccessKey, findings: ModelFixtures.fullAccessKeyFindings
        ).rawText)
    }
    let first = try answer()
    let files = try FileManager.default.contentsOfDirectory(atPath: directory.path)
    #expect(files.count == 1)
    #expect(try answer() == first)
    let file = directory.appendingPathComponent(try #require(files.first))
    try Data("not a llama.cpp state".utf8).write(to: file)
    #expect(try answer() == first)
  }

  /// Same prompt, same text: compared over the first 40 tokens to keep the test short.
  @Test func greedyDecodingIsRepeatable() throws {
    var explainer = try explainer()
    explainer.maxTokens = 40
    let first = explainer.attempt(
      narration: ModelFixtures.fullAccessKey, findings: ModelFixtures.fullAccessKeyFindings)
    let second = explainer.attempt(
      narration: ModelFixtures.fullAccessKey, findings: ModelFixtures.fullAccessKeyFindings)
    #expect(first.rawText != nil)
    #expect(first.rawText == second.rawText)
  }
}

@Suite struct PromptLookupTests {
  @Test func draftsWhatFollowedTheLongestMatchingSuffixLatestFirst() {
    let lookup = PromptLookup(prompt: [1, 2, 3, 9, 1, 2, 3, 4, 5, 6], maximumDraft: 2)
    // "1 2 3" occurs twice; the later occurrence is followed by 4 5.
    #expect(lookup.draft(after: [7, 1, 2, 3]) == [4, 5])
    // Only "3" matches (the suffix "8 3" does not): the latest 3 is followed by 4 5.
    #expect(lookup.draft(after: [8, 3]) == [4, 5])
    // "9" is followed by 1 2.
    #expect(lookup.draft(after: [9]) == [1, 2])
    // The last prompt token has nothing after it; an unknown token drafts nothing.
    #expect(lookup.draft(after: [6]) == [])
    #expect(lookup.draft(after: [42]) == [])
    #expect(PromptLookup(prompt: [1, 2], maximumDraft: 0).draft(after: [1]) == [])
  }
}
