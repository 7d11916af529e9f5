import TxrayCore

/// `near.large-deposit`, warning: a function call with 1 NEAR or more attached. The contract
/// decides what happens to a deposit; token transfers attach 1 yoctoNEAR and storage deposits
/// a fraction of a NEAR, so a whole NEAR or more is worth a second look. Not in the issue's
/// severity list: a warning, since wrapping and staking attach large deposits on purpose.
struct LargeDepositRule: RiskRule {
  static let id = "near.large-deposit"
  static let threshold = UInt256(1_000_000_000_000) * UInt256(1_000_000_000_000)

  func findings(_ facts: RuleFacts) -> [Finding] {
    guard facts.chain == .near else { return [] }
    return facts.outcome.declared.compactMap { effect in
      guard case .call(_, let to, let method, let attached) = effect, attached >= Self.threshold
      else { return nil }
      let name = method.map(FactText.untrusted) ?? "a method"
      return Finding(
        rule: Self.id, severity: .warning,
        message: "\(FactText.amount(attached, of: .near)) is attached to \(name) on "
          + "\(facts.display(to)); that contract decides what happens to it.",
        evidence: [
          .init("contract", to),
          .init("method", method.map { TerminalSafeText.sanitize($0) } ?? ""),
          .init("deposit", FactText.amount(attached, of: .near)),
        ])
    }
  }
}
