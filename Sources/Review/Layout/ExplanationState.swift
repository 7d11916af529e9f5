import TxrayCore

/// The explanation as the signer sees it over time: the report's text at once, then — when a
/// model is running — its composition as it streams, until the claim check's verdict replaces
/// both.
public struct ExplanationState: Sendable, Equatable {
  /// The text that stands now (rule-based until a checked model text arrives).
  public var settled: ExplanationText
  /// The model's composition so far, not yet checked; nil when no model is composing.
  public var draft: String?

  public init(settled: ExplanationText, draft: String? = nil) {
    self.settled = settled
    self.draft = draft
  }

  /// What the model thread sends the screen.
  public enum Update: Sendable, Equatable {
    /// The model started; the rule-based text stays until it finishes.
    case started
    /// More of the model's composition.
    case token(String)
    /// The claim check's verdict: the text to show from now on (the model's composition, or the
    /// rule-based text with the rejection reason).
    case finished(ExplanationText)
  }

  public mutating func apply(_ update: Update) {
    switch update {
    case .started: draft = draft ?? ""
    case .token(let text): draft = (draft ?? "") + text
    case .finished(let text):
      settled = text
      draft = nil
    }
  }

  /// The words that say where the text comes from, shown in the pane's title.
  public var provenance: String {
    if draft != nil { return "rule-based text · model composing" }
    switch settled.source {
    case .model: return "composed by the model from checked statements"
    case .rules:
      return settled.rejection == nil
        ? "rule-based text" : "model text rejected — showing rule-based text"
    }
  }

  public var provenanceStyle: Style {
    switch (settled.source, settled.rejection) {
    case (.model, _): return .checked
    case (.rules, .some): return .caution
    case (.rules, nil): return .heading
    }
  }
}
