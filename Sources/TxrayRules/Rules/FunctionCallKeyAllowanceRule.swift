import TxrayCore

/// `near.function-call-key-allowance`, warning: an added function-call key may spend an
/// unlimited amount of the account's NEAR on gas fees, or at least 1 NEAR (four times the
/// 0.25 NEAR wallets grant by default). The key cannot transfer NEAR, but whoever holds it can
/// burn the allowance on calls to the receiver.
struct FunctionCallKeyAllowanceRule: RiskRule {
  static let id = "near.function-call-key-allowance"
  static let largeAllowance = UInt256(1_000_000_000_000) * UInt256(1_000_000_000_000)

  func findings(_ facts: RuleFacts) -> [Finding] {
    facts.effects.compactMap { effect in
      guard
        case .keyAdded(let account, let key, .functionCall(let receiver, _, let allowance)) =
          effect
      else { return nil }
      if let allowance, allowance < Self.largeAllowance { return nil }
      let budget = allowance.map { FactText.amount($0, of: .near) } ?? "an unlimited amount"
      return Finding(
        rule: Self.id, severity: .warning,
        message: "A key added to \(facts.display(account)) may spend \(budget) of its NEAR on "
          + "fees for calls to \(facts.display(receiver)).",
        evidence: [
          .init("account", account), .init("key", TerminalSafeText.sanitize(key)),
          .init("receiver", receiver), .init("allowance", budget),
        ])
    }
  }
}
