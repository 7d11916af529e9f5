import TxrayCore

/// `evm.eip7702-delegation`, critical: an EIP-7702 authorization makes an account run another
/// contract's code. That code can move every asset the account holds, now and later, until the
/// delegation is replaced; a chain id of 0 makes the authorization valid on every chain.
/// Clearing a delegation (delegate nil) gives control back and is not reported.
struct EIP7702DelegationRule: RiskRule {
  static let id = "evm.eip7702-delegation"

  func findings(_ facts: RuleFacts) -> [Finding] {
    facts.effects.compactMap { effect in
      guard case .delegationSet(let authority, let delegate?, let chainId) = effect else {
        return nil
      }
      let scope = chainId == 0 ? "on every EVM chain" : "on chain \(chainId)"
      return Finding(
        rule: Self.id, severity: .critical,
        message: "Account \(facts.display(authority)) hands control to the code at "
          + "\(facts.display(delegate)) \(scope): that code can move everything the account "
          + "holds, until the delegation is replaced.",
        evidence: [
          .init("authority", authority), .init("delegate", delegate),
          .init("chainId", chainId == 0 ? "0 (every chain)" : String(chainId)),
        ])
    }
  }
}
