/// Which text explains the transaction to the signer.
public enum ExplanationSource: String, Sendable {
  /// Composed by the model from the narrator's checked statements: the model chose the claims
  /// and their order, code wrote the words (or an endpoint's prose was read back into claims).
  case model
  /// The deterministic narrator's text (no model, model failed, or the claim check rejected its text).
  case rules
}

/// The explanation shown to the signer and where it came from.
public struct ExplanationText: Sendable, Equatable {
  public var text: String
  public var source: ExplanationSource
  /// The model's name when `source` is `.model` (or when its text was rejected), else nil.
  public var model: String?
  /// Why the model's text was not used, when it was rejected.
  public var rejection: String?
  /// The ids of the claims the text states, in order.
  public var claims: [String]

  public init(
    text: String, source: ExplanationSource, model: String? = nil, rejection: String? = nil,
    claims: [String] = []
  ) {
    self.text = text
    self.source = source
    self.model = model
    self.rejection = rejection
    self.claims = claims
  }
}

/// Everything a front end shows about one input: the facts, the findings, the words.
public struct Report: Sendable {
  public var outcome: Outcome
  /// Worst first.
  public var findings: [Finding]
  public var narration: Narration
  public var explanation: ExplanationText
  /// Labelled decoded fields in reading order (the chain explainer's fact sheet rows).
  public var fields: [(label: String, value: String)]
  /// The chain explainer's full JSON object (the `explain --json` output), for detail views.
  public var json: JSONValue

  public init(
    outcome: Outcome, findings: [Finding], narration: Narration, explanation: ExplanationText,
    fields: [(label: String, value: String)], json: JSONValue
  ) {
    self.outcome = outcome
    self.findings = findings
    self.narration = narration
    self.explanation = explanation
    self.fields = fields
    self.json = json
  }

  /// The worst severity present, nil when there are no findings.
  public var verdict: Severity? { findings.map(\.severity).max() }
}
