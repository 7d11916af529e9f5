import TxrayCore

/// `near.delete-account`, high: `DeleteAccount` removes the account for good and sends its
/// remaining NEAR to the beneficiary; tokens the account holds in other contracts are lost,
/// and anyone can register the freed name afterwards.
struct DeleteAccountRule: RiskRule {
  static let id = "near.delete-account"

  func findings(_ facts: RuleFacts) -> [Finding] {
    facts.effects.compactMap { effect in
      guard case .accountDeleted(let account, let beneficiary) = effect else { return nil }
      return Finding(
        rule: Self.id, severity: .high,
        message: "Account \(facts.display(account)) is deleted; its remaining NEAR goes to "
          + "\(facts.display(beneficiary)) and tokens it holds elsewhere are lost.",
        evidence: [.init("account", account), .init("beneficiary", beneficiary)])
    }
  }
}
