import TxrayCore

/// `evm.simulated-revert` / `near.simulated-revert`, warning: executed against current state,
/// the transaction fails. Nothing it declares happens, but the fee is still paid; a wallet
/// asking to sign it is at best mistaken.
struct SimulatedRevertRule: RiskRule {
  func findings(_ facts: RuleFacts) -> [Finding] {
    guard case .reverted(let reason)? = facts.outcome.simulation?.status else { return [] }
    let why = reason.map { " (" + FactText.untrusted($0) + ")" } ?? ""
    return [
      Finding(
        rule: facts.id("simulated-revert"), severity: .warning,
        message: "Simulated against current state, the transaction fails\(why): you would pay "
          + "the fee and nothing else happens.",
        evidence: [.init("reason", reason.map { TerminalSafeText.sanitize($0) } ?? "none given")])
    ]
  }
}
