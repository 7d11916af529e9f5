import TxrayCore
import TxrayRules

/// The verdict on an outcome: findings from the rules, the narrator's account, and the
/// explanation shown (the model's checked composition or the narrator's text).
public struct Judgement: Sendable {
  /// What the risk rules found, most severe first as the rules order them.
  public var findings: [Finding]
  /// The narrator's headline and the claims it states.
  public var narration: Narration
  /// The text shown: the model's checked composition or the narrator's.
  public var explanation: ExplanationText

  /// Rules first, then the narrator; the model, when there is one, only composes the narration's
  /// claims, and its text stands only if it reads back into them (`ClaimCheck`). `onToken`
  /// streams the model's composition.
  public static func judge(
    _ outcome: Outcome, context: ExplainContext, onToken: ((String) -> Void)? = nil
  ) -> Judgement {
    let findings = RiskRules.evaluate(outcome, addressBook: context.addressBook)
    let narration = Narrator.narrate(
      outcome, findings: findings, addressBook: context.addressBook)
    let explanation =
      context.modelExplainer?.explain(narration: narration, onToken: onToken)
      ?? ExplanationText(
        text: narration.body, source: .rules, claims: narration.bodyComposition.claimIds)
    return Judgement(findings: findings, narration: narration, explanation: explanation)
  }
}
