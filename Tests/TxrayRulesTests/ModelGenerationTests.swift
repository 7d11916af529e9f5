import Foundation
import Testing
import TxrayCore

@testable import TxrayLlama
@testable import TxrayRules

@Suite(
  "In-process composition with llama.cpp",
  .serialized,
  .enabled(
    if: ModelFixtures.smallModelPath != nil,
    "SmolLM2 is not installed in txray's cache: run scripts/setup-llama"))
struct ModelGenerationTests {
  /// The time bound is generous: CI runs the other suites at the same time on 2 cores.
  func explainer() throws -> ModelExplainer {
    ModelExplainer(model: try #require(ModelFixtures.smallModel), timeLimit: .seconds(60))
  }

  /// A real model's choice: labels only, every statement code's, the finding kept, and the
  /// streamed text the same as the text shown.
  @Test func aRealModelComposesCheckedStatements() throws {
    for narration in [ModelFixtures.unlimitedApproval, ModelFixtures.fullAccessKey] {
      var streamed = ""
      let attempt = try explainer().attempt(narration: narration) { streamed += $0 }
      let labels = try #require(attempt.rawText, "\(attempt.explanation)")
      print("SmolLM2:", labels, attempt.totalTime.map { "\($0)" } ?? "")
      #expect(labels.allSatisfy { $0.isLetter || $0.isNumber || $0 == " " })
      #expect(attempt.explanation.source == .model, "\(attempt.explanation)")
      #expect(attempt.explanation.text == streamed)
      let required = narration.claims.filter(\.isRequired).map(\.id)
      #expect(required.allSatisfy(attempt.explanation.claims.contains))
      #expect(
        ClaimCheck(narration: narration).check(attempt.explanation.text)
          == .accepted(attempt.explanation.claims))
    }
  }

  /// The first run saves the state after the prompt's fixed opening and after the whole prompt;
  /// a later run of the same shape loads the whole and chooses the same. Files llama.cpp cannot
  /// load are ignored, not an error.
  @Test func promptCacheIsSavedReusedAndSurvivesDamage() throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("txray-prompt-cache-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: directory) }
    let model = try LlamaModel(
      path: try #require(ModelFixtures.smallModelPath), promptCacheDirectory: directory.path)
    func answer() throws -> String {
      try #require(
        ModelExplainer(model: model, timeLimit: .seconds(60))
          .attempt(narration: ModelFixtures.plainTransfer).rawText)
    }
    let first = try answer()
    let files = try FileManager.default.contentsOfDirectory(atPath: directory.path)
    #expect(files.count == 2)
    #expect(try answer() == first)
    for file in files {
      try Data("not a llama.cpp state".utf8).write(to: directory.appendingPathComponent(file))
    }
    #expect(try answer() == first)
  }

  /// Same prompt, same choice.
  @Test func greedyChoiceIsRepeatable() throws {
    let explainer = try explainer()
    let first = explainer.attempt(narration: ModelFixtures.unlimitedApproval)
    let second = explainer.attempt(narration: ModelFixtures.unlimitedApproval)
    #expect(first.rawText != nil)
    #expect(first.rawText == second.rawText)
  }

  /// GBNF generation, kept for reading a signer's words into a fixed language: the grammar
  /// holds over the real vocabulary.
  @Test func grammarBoundGenerationFollowsItsGrammar() throws {
    let model = try #require(ModelFixtures.smallModel)
    let generation = try model.generate(
      GenerationRequest(
        system: "Answer yes or no.", user: "Is the sky green?",
        grammar: "root ::= (\"yes\" | \"no\") \".\"", maxTokens: 8, timeLimit: .seconds(60)),
      onToken: nil)
    #expect(generation.stop == .finished)
    #expect(["yes.", "no."].contains(generation.text))
  }
}
