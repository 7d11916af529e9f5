import TxrayCore

/// Asks a language model to word the explanation, and shows its text only when the Guard
/// accepts it; otherwise the narrator's. Never fails: a missing or broken model means the rules'
/// text, with the reason in `rejection`.
public struct ModelExplainer: Sendable {
  public let model: any LanguageModel
  public var maxTokens: Int
  public var timeLimit: Duration

  public init(model: any LanguageModel, maxTokens: Int = 160, timeLimit: Duration = .seconds(10)) {
    self.model = model
    self.maxTokens = maxTokens
    self.timeLimit = timeLimit
  }

  /// `onToken` receives the model's text as it is written, placeholders already filled. When the
  /// Guard then rejects it, the returned text is the narrator's: a front end that streamed must
  /// replace what it showed with the returned `text`.
  public func explain(
    narration: Narration, findings: [Finding], onToken: ((String) -> Void)? = nil
  ) -> ExplanationText {
    attempt(narration: narration, findings: findings, onToken: onToken).explanation
  }

  /// One explanation with what `scripts/eval` measures.
  public struct Attempt: Sendable {
    public var explanation: ExplanationText
    /// The model's raw text, placeholders unfilled; nil when generation failed.
    public var rawText: String?
    public var generation: Generation?
  }

  public func attempt(
    narration: Narration, findings: [Finding], onToken: ((String) -> Void)? = nil
  ) -> Attempt {
    let prompt = GroundedPrompt(narration: narration, findings: findings)
    let filled = prompt.filling(narration)
    let rules = { (reason: String) in
      ExplanationText(
        text: prompt.referenceText, source: .rules, model: model.name, rejection: reason)
    }
    let request = GenerationRequest(
      system: prompt.system, user: prompt.user,
      grammar: model.enforcesGrammar ? prompt.grammar : nil, maxTokens: maxTokens,
      timeLimit: timeLimit)
    let generation: Generation
    do {
      if let onToken {
        // The stream is only touched from the generating thread, one piece at a time.
        let stream = StreamBox(SlotStream(narration: filled))
        generation = try model.generate(request) { piece in
          let text = stream.push(piece)
          if !text.isEmpty { onToken(text) }
        }
        let rest = stream.finish()
        if !rest.isEmpty { onToken(rest) }
      } else {
        generation = try model.generate(request, onToken: nil)
      }
    } catch {
      return Attempt(explanation: rules(error.description), rawText: nil, generation: nil)
    }
    let text = generation.text.trimmedWhitespace
    switch generation.stop {
    case .tokenLimit:
      return Attempt(
        explanation: rules("stopped at the limit of \(maxTokens) tokens"), rawText: text,
        generation: generation)
    case .timeLimit:
      return Attempt(
        explanation: rules("stopped at the time limit of \(timeLimit)"), rawText: text,
        generation: generation)
    case .finished: break
    }
    switch Guard(prompt: prompt).check(text) {
    case .rejected(let reason):
      return Attempt(explanation: rules(reason), rawText: text, generation: generation)
    case .accepted:
      return Attempt(
        explanation: ExplanationText(text: filled.fill(text), source: .model, model: model.name),
        rawText: text, generation: generation)
    }
  }
}

/// A `SlotStream` the streaming callback can mutate; used from one thread at a time.
private final class StreamBox: @unchecked Sendable {
  private var stream: SlotStream
  init(_ stream: SlotStream) { self.stream = stream }
  func push(_ piece: String) -> String { stream.push(piece) }
  func finish() -> String { stream.finish() }
}
