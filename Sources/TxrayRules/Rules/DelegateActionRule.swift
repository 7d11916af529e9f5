import TxrayCore

/// `near.delegate-action`, warning: a NEP-366 delegate action runs its actions as the sender,
/// submitted by a relayer who pays the gas. A signed delegate action can be submitted by
/// whoever holds it until its maximum block height; the actions inside are judged by the other
/// rules too.
struct DelegateActionRule: RiskRule {
  static let id = "near.delegate-action"

  func findings(_ facts: RuleFacts) -> [Finding] {
    facts.effects.compactMap { effect in
      guard case .delegatedAction(let sender, let receiver, let relayer, let height) = effect
      else { return nil }
      let submitter = relayer.map { facts.display($0) } ?? "anyone who holds the signed action"
      return Finding(
        rule: Self.id, severity: .warning,
        message: "Actions signed by \(facts.display(sender)) for \(facts.display(receiver)) "
          + "can be submitted by \(submitter) until block \(height), and run as "
          + "\(facts.display(sender)).",
        evidence: [
          .init("sender", sender), .init("receiver", receiver),
          .init("relayer", relayer ?? "anyone"), .init("max block height", String(height)),
        ])
    }
  }
}
