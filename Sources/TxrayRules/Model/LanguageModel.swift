/// A text generator the explainer can ask for prose: llama.cpp in process (`LlamaModel`) or an
/// OpenAI-compatible server on this machine (`OpenAIEndpoint`). Generation is synchronous: the
/// CLI waits for the text anyway, and `onToken` streams it while it is written.
public protocol LanguageModel: Sendable {
  /// What the output's `explanation.model` says: the GGUF file name or the endpoint's model.
  var name: String { get }
  func generate(_ request: GenerationRequest, onToken: ((String) -> Void)?) throws(ModelError)
    -> Generation
}

/// One prompt with its bounds.
public struct GenerationRequest: Sendable {
  public var system: String
  public var user: String
  /// A GBNF grammar the whole answer must match (rule `root`), nil for free text.
  public var grammar: String?
  public var maxTokens: Int
  /// Wall-clock bound from the start of the request, prompt processing included.
  public var timeLimit: Duration

  public init(
    system: String, user: String, grammar: String? = nil, maxTokens: Int = 160,
    timeLimit: Duration = .seconds(10)
  ) {
    self.system = system
    self.user = user
    self.grammar = grammar
    self.maxTokens = maxTokens
    self.timeLimit = timeLimit
  }
}

/// What a model wrote and how long it took.
public struct Generation: Sendable, Equatable {
  public enum Stop: String, Sendable, Equatable {
    /// The model ended its answer (end-of-generation token, or the server said `stop`).
    case finished
    case tokenLimit
    case timeLimit
  }

  public var text: String
  public var stop: Stop
  public var tokenCount: Int
  /// From the request's start to the first generated piece of text; nil when nothing came.
  public var timeToFirstToken: Duration?
  public var totalTime: Duration

  public init(
    text: String, stop: Stop, tokenCount: Int, timeToFirstToken: Duration?, totalTime: Duration
  ) {
    self.text = text
    self.stop = stop
    self.tokenCount = tokenCount
    self.timeToFirstToken = timeToFirstToken
    self.totalTime = totalTime
  }
}

/// Why a model produced nothing usable. The explainer turns each into the narrator's text with
/// the reason as `rejection`; none is fatal to `explain`.
public enum ModelError: Error, Sendable, Equatable, CustomStringConvertible {
  case modelFileMissing(String)
  case loadFailed(String)
  case promptTooLong(tokens: Int, limit: Int)
  case invalidGrammar
  case generationFailed(String)
  case endpoint(String)

  public var description: String {
    switch self {
    case .modelFileMissing(let path): return "model file not found: \(path)"
    case .loadFailed(let reason): return "model failed to load: \(reason)"
    case .promptTooLong(let tokens, let limit):
      return "prompt of \(tokens) tokens does not fit the context of \(limit)"
    case .invalidGrammar: return "the grammar was rejected by llama.cpp"
    case .generationFailed(let reason): return "generation failed: \(reason)"
    case .endpoint(let reason): return "endpoint: \(reason)"
    }
  }
}
