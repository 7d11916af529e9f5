import TxrayCore

/// `evm.transfer-to-token-contract` / `near.transfer-to-token-contract`, high: tokens sent to
/// the token's own contract. Almost no token contract can send them back, so they are lost;
/// it happens when an address is pasted into the wrong field. Not in the severity list:
/// high because the loss is total and certain.
struct TransferToTokenContractRule: RiskRule {
  func findings(_ facts: RuleFacts) -> [Finding] {
    facts.outcome.declared.compactMap { effect in
      guard case .transfer(let asset, _, let to, let amount, let tokenId) = effect,
        asset.kind != .native, let contract = asset.contract,
        AddressBook.key(contract) == AddressBook.key(to)
      else { return nil }
      return Finding(
        rule: facts.id("transfer-to-token-contract"), severity: .high,
        message: "\(FactText.amount(amount, of: asset, tokenId: tokenId)) go to the token's own "
          + "contract \(facts.display(contract)), which usually cannot send them back: they "
          + "would be lost.",
        evidence: [
          .init("token", AllowanceEvidence.token(asset)), .init("recipient", to),
          .init("amount", FactText.amount(amount, of: asset, tokenId: tokenId)),
        ])
    }
  }
}
