import TxrayCore

/// Asks a language model to compose the explanation from the narration's claims, and shows the
/// result only when every sentence reads back into those claims (`ClaimCheck`); otherwise the
/// narrator's text. Never fails: a missing or broken model means the narrator's text, with the
/// reason in `rejection`.
///
/// A model that composes (llama.cpp in process) only chooses claims, wordings and joins under a
/// grammar; code writes every word. A model that writes prose (an `--endpoint` server) is asked
/// to repeat the statements word for word, and its text stands only if the check accepts it.
public struct ModelExplainer: Sendable {
  public let model: any LanguageModel
  public var maxTokens: Int
  public var timeLimit: Duration

  public init(model: any LanguageModel, maxTokens: Int = 160, timeLimit: Duration = .seconds(10)) {
    self.model = model
    self.maxTokens = maxTokens
    self.timeLimit = timeLimit
  }

  /// `onToken` receives the text as it is composed. When the check then rejects it, the
  /// returned text is the narrator's: a front end that streamed must replace what it showed
  /// with the returned `text`.
  public func explain(narration: Narration, onToken: ((String) -> Void)? = nil) -> ExplanationText {
    attempt(narration: narration, onToken: onToken).explanation
  }

  /// One explanation with what `scripts/eval` measures.
  public struct Attempt: Sendable {
    public var explanation: ExplanationText
    /// What the model wrote: its labels ("C1 A1 also B1"), or an endpoint's prose; nil when it
    /// produced nothing.
    public var rawText: String?
    /// From the request's start to the first text; nil when nothing came.
    public var timeToFirstText: Duration?
    public var totalTime: Duration?
  }

  public func attempt(narration: Narration, onToken: ((String) -> Void)? = nil) -> Attempt {
    if let composer = model as? any ComposingModel {
      return composed(by: composer, narration, onToken)
    }
    return written(narration, onToken)
  }

  private func rules(_ narration: Narration, _ reason: String) -> ExplanationText {
    ExplanationText(
      text: narration.body, source: .rules, model: model.name, rejection: reason,
      claims: narration.bodyComposition.claimIds)
  }

  /// The checked text, or the narrator's with the check's reason.
  private func checked(_ text: String, _ narration: Narration) -> ExplanationText {
    switch ClaimCheck(narration: narration).check(text) {
    case .rejected(let reason): return rules(narration, reason)
    case .accepted(let claims):
      return ExplanationText(text: text, source: .model, model: model.name, claims: claims)
    }
  }

  private func composed(
    by composer: any ComposingModel, _ narration: Narration, _ onToken: ((String) -> Void)?
  ) -> Attempt {
    let grammar = CompositionGrammar(claims: narration.claims)
    let stream = onToken.map { CompositionStream(narration: narration, onText: $0) }
    let answer: ComposedAnswer
    do {
      answer = try composer.compose(
        CompositionRequest(grammar: grammar, timeLimit: timeLimit),
        onItem: stream.map { stream in { stream.push($0) } })
    } catch {
      return Attempt(explanation: rules(narration, error.description))
    }
    stream?.finish()
    guard answer.finished else {
      return Attempt(
        explanation: rules(narration, "stopped at the time limit of \(timeLimit)"),
        rawText: answer.labels, timeToFirstText: answer.timeToFirstItem,
        totalTime: answer.totalTime)
    }
    return Attempt(
      explanation: checked(narration.text(of: answer.composition), narration),
      rawText: answer.labels, timeToFirstText: answer.timeToFirstItem, totalTime: answer.totalTime)
  }

  private func written(_ narration: Narration, _ onToken: ((String) -> Void)?) -> Attempt {
    let prompt = ProsePrompt(narration: narration)
    let request = GenerationRequest(
      system: prompt.system, user: prompt.user, grammar: prompt.grammar, maxTokens: maxTokens,
      timeLimit: timeLimit)
    let generation: Generation
    do {
      generation = try model.generate(request, onToken: onToken)
    } catch {
      return Attempt(explanation: rules(narration, error.description))
    }
    let text = generation.text.trimmedWhitespace
    let explanation: ExplanationText
    switch generation.stop {
    case .tokenLimit: explanation = rules(narration, "stopped at the limit of \(maxTokens) tokens")
    case .timeLimit: explanation = rules(narration, "stopped at the time limit of \(timeLimit)")
    case .finished: explanation = checked(text, narration)
    }
    return Attempt(
      explanation: explanation, rawText: text, timeToFirstText: generation.timeToFirstToken,
      totalTime: generation.totalTime)
  }
}
