import TxrayCore

/// `evm.delegatecall`, critical: an account (a Safe) runs another contract's code as itself.
/// For that call the code has the account's funds and storage: it can move everything and
/// rewrite who controls the account (its owners, modules, even the code it runs). A Safe
/// transaction with operation 1 to an attacker's contract is how the Bybit Safe was emptied in
/// February 2025, with every signer shown a routine-looking transfer. Safe's own batching
/// libraries (MultiSend, named from the curated list, never from a descriptor) are the normal
/// use: they only make the calls listed in them, and those are read one by one instead.
struct DelegateCallRule: RiskRule {
  static let id = "evm.delegatecall"

  func findings(_ facts: RuleFacts) -> [Finding] {
    facts.effects.compactMap { effect in
      guard case .delegateCall(let account, let code, nil) = effect else { return nil }
      return Finding(
        rule: Self.id, severity: .critical,
        message: "\(facts.display(account)) runs the code at \(facts.display(code)) as itself "
          + "(DELEGATECALL): that code can move everything \(facts.display(account)) holds and "
          + "change who controls it.",
        evidence: [.init("account", account), .init("code", code)])
    }
  }
}
