import TxrayCore

/// `near.full-access-key`, critical: whoever holds a full-access key can do anything the
/// account can: move all its NEAR and tokens, add more keys, delete the account.
struct FullAccessKeyRule: RiskRule {
  static let id = "near.full-access-key"

  func findings(_ facts: RuleFacts) -> [Finding] {
    facts.effects.compactMap { effect in
      guard case .keyAdded(let account, let key, .fullAccess) = effect else { return nil }
      return Finding(
        rule: Self.id, severity: .critical,
        message: "A FULL ACCESS key \(TerminalSafeText.sanitize(key)) is added to "
          + "\(facts.display(account)): its holder can move all funds, add keys and delete "
          + "the account.",
        evidence: [.init("account", account), .init("key", TerminalSafeText.sanitize(key))])
    }
  }
}
