import TxrayCore

/// `evm.swap-output-to-other`, high: a swap (or another intent with an output) sends what comes
/// out to an account other than the signer. Routers take a recipient argument so contracts and
/// gifts can be served, and that is exactly how a drainer words a "swap": the signer pays in and
/// a stranger receives. Said plainly so the signer checks the recipient is theirs.
struct SwapOutputToOtherRule: RiskRule {
  func findings(_ facts: RuleFacts) -> [Finding] {
    guard let intent = facts.outcome.intent, let recipient = intent.recipient,
      facts.outcome.signer != nil, !facts.isSigner(recipient)
    else { return [] }
    let named = intent.receives.first.flatMap { part -> String? in
      let asset = part.asset
      return asset.symbol == nil && asset.name == nil ? nil : FactText.assetName(asset)
    }
    return [
      Finding(
        rule: facts.id("swap-output-to-other"), severity: .high,
        message: "What this transaction gets back" + (named.map { " (" + $0 + ")" } ?? "")
          + " goes to \(facts.display(recipient)), not to you.",
        evidence: [
          .init("recipient", recipient), .init("signer", facts.outcome.signer ?? ""),
          .init("intent", intent.phrase),
        ])
    ]
  }
}
