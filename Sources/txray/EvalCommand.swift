import ArgumentParser
import Foundation
import TxrayCore
import TxrayKit
import TxrayRules

/// `txray dev eval`: the narrator and each model over the given inputs, one JSON line per input
/// and model, for `scripts/eval` to turn into its report.
struct EvalCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "eval",
    abstract: "Explain inputs with the narrator and each model; print one JSON line per result.",
    discussion: """
      Each model is loaded once and run over every input (model by model, so only one is in \
      memory). Lines: {"input", "model", "headline", "findings", "narrator", "source", \
      "rejection", "raw", "text", "claims", "check", "statements", "required", "shape", \
      "firstTokenMs", "totalMs"}; the narrator's own lines have model "rules". "check" is the claim check's \
      verdict on the text shown; "statements" every claim's wordings, filled, for a check of \
      the report's own; "required" the ids of the claims the text must state; "shape" names \
      the composition prompt, which inputs of one shape share.
      """
  )

  @Option(name: .long, help: "A GGUF model to evaluate (repeatable).")
  var model: [String] = []

  @Option(name: .long, help: "An OpenAI-compatible server to evaluate (repeatable).")
  var endpoint: [String] = []

  @Option(name: .long, help: "Token bound of one explanation.")
  var maxTokens = 160

  @Option(name: .long, help: "Time bound of one explanation, in seconds.")
  var timeLimit: Double = 10

  @Argument(help: "Input files (any form `txray explain` reads).")
  var inputs: [String]

  func run() throws {
    let context = try ExplainContext.load(fork: nil, chain: nil, abiFiles: [], descriptors: nil)
    var cases: [(input: String, judgement: Judgement)] = []
    for input in inputs {
      do {
        let text = try InputReader.text(argument: nil, file: input)
        let explanation = try Explainer.explain(text, context: context, rendering: .json)
        guard let judgement = explanation.judgement else {
          emit(["input": .string(input), "model": .string("error"), "error": .string("no outcome")])
          continue
        }
        cases.append((input, judgement))
        emit(record(input: input, model: "rules", judgement: judgement, attempt: nil))
      } catch {
        emit(["input": .string(input), "model": .string("error"), "error": .string("\(error)")])
      }
    }
    // Loaded as `explain` loads them (prompt cache included), so the timings are a user's.
    var models: [() throws -> any LanguageModel] = model.map { path in
      {
        guard let loaded = try ModelChoice.file(path: path).load() else {
          throw ValidationError("cannot load \(path)")
        }
        return loaded
      }
    }
    for url in endpoint {
      guard let server = OpenAIEndpoint(base: url) else {
        throw ValidationError("--endpoint \(url) is not an http(s) URL")
      }
      models.append { server }
    }
    for load in models {
      let explainer = ModelExplainer(
        model: try load(), maxTokens: maxTokens,
        timeLimit: .milliseconds(Int64(timeLimit * 1000)))
      for (input, judgement) in cases {
        let attempt = explainer.attempt(narration: judgement.narration)
        emit(
          record(input: input, model: explainer.model.name, judgement: judgement, attempt: attempt))
      }
    }
  }

  private func record(
    input: String, model: String, judgement: Judgement, attempt: ModelExplainer.Attempt?
  ) -> [String: JSONValue] {
    let explanation = attempt?.explanation ?? judgement.explanation
    // Every text shown, the narrator's included, read back into the claims it rests on.
    let check: String
    switch ClaimCheck(narration: judgement.narration).check(explanation.text) {
    case .accepted: check = "accepted"
    case .rejected(let reason): check = "rejected: " + reason
    }
    return [
      "input": .string(input), "model": .string(model),
      "headline": .string(judgement.narration.headline),
      "findings": .array(
        judgement.findings.map { .string($0.severity.rawValue + " " + $0.rule) }),
      "narrator": .string(judgement.narration.body),
      "source": .string(explanation.source.rawValue),
      "rejection": .optional(explanation.rejection),
      "raw": .optional(attempt?.rawText),
      "text": .string(explanation.text),
      "claims": .array(explanation.claims.map(JSONValue.string)),
      "check": .string(check),
      "statements": .array(
        judgement.narration.claims.flatMap { $0.wordings.map(judgement.narration.fill) }
          .map(JSONValue.string)),
      "required": .array(
        judgement.narration.claims.filter(\.isRequired).map { .string($0.id) }),
      // Inputs of one shape share a composition prompt, whose state the prompt cache keeps
      // after the first: the report tells first readings from repeated ones by it.
      "shape": .string(
        String(
          CompositionPrompt(grammar: CompositionGrammar(claims: judgement.narration.claims)).user
            .hashValue, radix: 16)),
      "firstTokenMs": attempt?.timeToFirstText.map { .integer(Self.milliseconds($0)) } ?? .null,
      "totalMs": attempt?.totalTime.map { .integer(Self.milliseconds($0)) } ?? .null,
    ]
  }

  private func emit(_ fields: [String: JSONValue]) {
    let order = [
      "input", "model", "error", "headline", "findings", "narrator", "source", "rejection", "raw",
      "text", "claims", "check", "statements", "required", "shape", "firstTokenMs", "totalMs",
    ]
    let members = order.compactMap { key in fields[key].map { (key: key, value: $0) } }
    // Written through at once: a long run stopped early still leaves every finished line.
    StandardStreams.write(JSONValue.object(members).serialized + "\n", to: .standardOutput)
  }

  private static func milliseconds(_ duration: Duration) -> Int {
    let (seconds, attoseconds) = duration.components
    return Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000)
  }
}
