import Foundation
import Testing
import TxrayCore

@testable import Explain

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
