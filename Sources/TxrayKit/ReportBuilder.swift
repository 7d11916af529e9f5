import TxrayCore
import TxrayRules

extension Explainer {
  /// Everything the review screen shows about one input, with the narrator's text: the screen
  /// draws at once and streams the model's rewording afterwards (`Judgement.judge` with the
  /// context's model), so a model never delays the first frame.
  public static func report(_ text: String, context: ExplainContext) throws(Failure) -> Report {
    var rulesOnly = context
    rulesOnly.modelExplainer = nil
    let explanation = try explain(text, context: rulesOnly, rendering: .both)
    guard let outcome = explanation.outcome, let judgement = explanation.judgement,
      let json = explanation.json
    else {
      throw Failure(
        message: "internal error: no outcome for this input", exitCode: .simulationFailed)
    }
    return Report(
      outcome: outcome, findings: judgement.findings, narration: judgement.narration,
      explanation: judgement.explanation,
      fields: explanation.sheet?.rows.map { ($0.label, $0.value) } ?? [],
      json: JudgementOutput.merge(judgement, into: json))
  }
}
