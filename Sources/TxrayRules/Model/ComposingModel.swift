import TxrayCore

/// A model that composes under a `CompositionGrammar`: at each step it picks, from the pieces the
/// grammar allows, the one it finds most likely. llama.cpp in process does; a server cannot be
/// bound this way and writes prose instead (`LanguageModel.generate`).
public protocol ComposingModel: LanguageModel {
  /// Runs the grammar to its end (or to the time limit). `onItem` receives each statement as
  /// soon as it is chosen, so a screen can show it while the rest is chosen.
  func compose(
    _ request: CompositionRequest, onItem: ((Composition.Item) -> Void)?
  ) throws(ModelError) -> ComposedAnswer
}

/// One composition to make, with its bounds.
public struct CompositionRequest: Sendable {
  public var prompt: CompositionPrompt
  public var grammar: CompositionGrammar
  /// Wall-clock bound from the start of the request, prompt processing included.
  public var timeLimit: Duration

  public init(grammar: CompositionGrammar, timeLimit: Duration) {
    self.prompt = CompositionPrompt(grammar: grammar)
    self.grammar = grammar
    self.timeLimit = timeLimit
  }
}

/// What the model chose and how long it took.
public struct ComposedAnswer: Sendable {
  public var composition: Composition
  /// The labels as the model wrote them ("C1 A1 also B2").
  public var labels: String
  /// False when the time limit ended it first.
  public var finished: Bool
  /// From the request's start to the first statement chosen; nil when none was.
  public var timeToFirstItem: Duration?
  public var totalTime: Duration

  public init(
    composition: Composition, labels: String, finished: Bool, timeToFirstItem: Duration?,
    totalTime: Duration
  ) {
    self.composition = composition
    self.labels = labels
    self.finished = finished
    self.timeToFirstItem = timeToFirstItem
    self.totalTime = totalTime
  }
}
