/// Which text explains the transaction to the signer.
public enum ExplanationSource: String, Sendable {
  /// The model's prose, accepted by the Guard, with slots filled by code.
  case model
  /// The deterministic narrator's text (no model, model failed, or the Guard rejected it).
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

  public init(
    text: String, source: ExplanationSource, model: String? = nil, rejection: String? = nil
  ) {
    self.text = text
    self.source = source
    self.model = model
    self.rejection = rejection
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
