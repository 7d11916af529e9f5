import TxrayCore
import TxrayRules

/// The verdict on an outcome: findings from the rules, the narrator's account, and the
/// explanation shown (the model's checked prose or the narrator's text).
public struct Judgement: Sendable {
  /// What the risk rules found, most severe first as the rules order them.
  public var findings: [Finding]
  /// The narrator's headline and text over named slots.
  public var narration: Narration
  /// The text shown: the model's checked rewording or the narrator's.
  public var explanation: ExplanationText

  /// Rules first, then the narrator; the model, when there is one, only rewords the narration
  /// and its text stands only if the Guard accepts it. `onToken` streams the model's text.
  public static func judge(
    _ outcome: Outcome, context: ExplainContext, onToken: ((String) -> Void)? = nil
  ) -> Judgement {
    let findings = RiskRules.evaluate(outcome, addressBook: context.addressBook)
    let narration = Narrator.narrate(
      outcome, findings: findings, addressBook: context.addressBook)
    let explanation =
      context.modelExplainer?.explain(narration: narration, findings: findings, onToken: onToken)
      ?? ExplanationText(text: narration.body, source: .rules)
    return Judgement(findings: findings, narration: narration, explanation: explanation)
  }
}
