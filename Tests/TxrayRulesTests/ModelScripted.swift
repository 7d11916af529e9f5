import TxrayCore

@testable import TxrayRules

/// A language model that writes a fixed text, piece by piece: the explainer's logic without
/// llama.cpp.
struct ScriptedModel: LanguageModel {
  var text: String
  var stop: Generation.Stop = .finished
  var failure: ModelError?
  var name: String { "scripted" }
  var enforcesGrammar: Bool { false }

  func generate(_ request: GenerationRequest, onToken: ((String) -> Void)?) throws(ModelError)
    -> Generation
  {
    if let failure { throw failure }
    // Pieces of three characters, so placeholders arrive split as they do from a tokenizer.
    var rest = text[...]
    while !rest.isEmpty {
      onToken?(String(rest.prefix(3)))
      rest = rest.dropFirst(3)
    }
    return Generation(
      text: text, stop: stop, tokenCount: text.count / 3, timeToFirstToken: .zero,
      totalTime: .zero)
  }
}
