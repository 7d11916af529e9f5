import TxrayCore

/// `near.deploy-contract`, high: `DeployContract` (or adopting a global contract) on the
/// signer's own account (or a delegate action's sender's) replaces the code that runs as that account; the new code can move its
/// funds whenever it is called. Deploying to an account the transaction just created for
/// someone else is not reported.
struct DeployContractRule: RiskRule {
  static let id = "near.deploy-contract"

  func findings(_ facts: RuleFacts) -> [Finding] {
    guard facts.chain == .near else { return [] }
    return facts.effects.compactMap { effect in
      guard case .codeDeployed(let account, let codeHash, let size) = effect,
        facts.actsAs(account)
      else { return nil }
      return Finding(
        rule: Self.id, severity: .high,
        message:
          "New contract code (\(TerminalSafeText.sanitize(codeHash))) replaces the code of your "
          + "account \(facts.display(account)): that code can move the account's funds.",
        evidence: [
          .init("account", account), .init("code hash", TerminalSafeText.sanitize(codeHash)),
          .init("size", size.map { "\($0) bytes" } ?? "unknown"),
        ])
    }
  }
}
