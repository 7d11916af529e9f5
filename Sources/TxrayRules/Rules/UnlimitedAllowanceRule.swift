import TxrayCore

/// `evm.unlimited-allowance`, high: a transaction sets an ERC-20 (or Permit2) allowance that is
/// unlimited or very large (see `AllowanceSize`). The spender can then take the whole balance,
/// including tokens received later, whenever it likes; a bug or a stolen key at the spender
/// empties the wallet. Off-chain permit signatures are the permit rule's.
struct UnlimitedAllowanceRule: RiskRule {
  static let id = "evm.unlimited-allowance"

  func findings(_ facts: RuleFacts) -> [Finding] {
    guard facts.chain == .evm, facts.outcome.kind == .transaction || facts.isSafeTransaction
    else { return [] }
    return facts.effects.compactMap { effect in
      guard case .allowance(let asset, let owner, let spender, let amount, let expiry, _) = effect,
        AllowanceSize(amount).isEffectivelyUnlimited
      else { return nil }
      let until = expiry.map { " until " + UTCTime.text($0) } ?? ", with no end date"
      return Finding(
        rule: Self.id, severity: .high,
        message: "\(facts.display(spender)) may spend "
          + FactText.allowance(
            amount, of: asset,
            holder: facts.isSafeTransaction ? facts.display(owner) + "'s" : "your")
          + "\(until).",
        evidence: [
          .init("token", AllowanceEvidence.token(asset)), .init("owner", owner),
          .init("spender", spender), .init("amount", AllowanceEvidence.amount(amount, of: asset)),
          .init("expiry", UTCTime.text(expiry)),
        ])
    }
  }
}
