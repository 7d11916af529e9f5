import TxrayCore

@testable import TxrayRules

/// A language model that writes a fixed text, piece by piece: the prose path without a server.
struct ScriptedModel: LanguageModel {
  var text: String
  var stop: Generation.Stop = .finished
  var failure: ModelError?
  var name: String { "scripted" }

  func generate(_ request: GenerationRequest, onToken: ((String) -> Void)?) throws(ModelError)
    -> Generation
  {
    if let failure { throw failure }
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

/// A composing model that wants to write `script` ("C1 A1 also B1"), as a model would: the next
/// piece it wants is taken when the grammar allows it; otherwise the first piece the grammar
/// offers is taken instead, as a model's best token is replaced by the best allowed one, and it
/// still wants what it wanted. `stopAfter` ends it early, as the time limit does.
struct ScriptedComposer: ComposingModel {
  var script: String
  var stopAfter: Int?
  var name: String { "scripted composer" }

  func generate(_ request: GenerationRequest, onToken: ((String) -> Void)?) throws(ModelError)
    -> Generation
  {
    throw .generationFailed("a composer does not write prose")
  }

  func compose(_ request: CompositionRequest, onItem: ((Composition.Item) -> Void)?)
    throws(ModelError) -> ComposedAnswer
  {
    var grammar = request.grammar
    var wanted = Self.pieces(script, claims: grammar.claims)
    var labels = ""
    while !grammar.isFinished {
      if let stopAfter, grammar.items.count >= stopAfter {
        return ComposedAnswer(
          composition: grammar.composition, labels: labels, finished: false,
          timeToFirstItem: .zero, totalTime: .zero)
      }
      let allowed = grammar.allowed()
      guard let first = allowed.first else { break }
      let next: CompositionGrammar.Piece
      if let want = wanted.first, allowed.contains(want) {
        next = want
        wanted.removeFirst()
      } else {
        next = first
      }
      labels += grammar.text(of: next)
      grammar.accept(next)
      if case .wording = next, let item = grammar.items.last { onItem?(item) }
    }
    return ComposedAnswer(
      composition: grammar.composition, labels: labels, finished: true, timeToFirstItem: .zero,
      totalTime: .zero)
  }

  /// "C1 and A2" as pieces; the end of the script asks to end.
  static func pieces(_ script: String, claims: [Claim]) -> [CompositionGrammar.Piece] {
    var pieces: [CompositionGrammar.Piece] = []
    for word in script.split(separator: " ") {
      if let joint = Composition.Joint(rawValue: String(word)) {
        pieces.append(.joint(joint))
      } else if let letter = word.first?.asciiValue, let digit = word.last?.wholeNumberValue {
        pieces.append(.claim(Int(letter) - Int(UInt8(ascii: "A"))))
        pieces.append(.wording(digit - 1))
      }
    }
    return pieces + [.end]
  }
}
