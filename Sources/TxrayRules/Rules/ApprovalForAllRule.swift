import TxrayCore

/// `evm.approval-for-all`, high: `setApprovalForAll(operator, true)` lets the operator move
/// every token of the collection the owner holds, now and later. Marketplaces ask for it, and
/// so does every NFT drainer. Revoking (`false`) is not reported.
struct ApprovalForAllRule: RiskRule {
  static let id = "evm.approval-for-all"

  func findings(_ facts: RuleFacts) -> [Finding] {
    guard facts.chain == .evm else { return [] }
    return facts.effects.compactMap { effect in
      guard case .operatorApproval(let collection, let owner, let operatorAccount, true) = effect
      else { return nil }
      return Finding(
        rule: Self.id, severity: .high,
        message: "\(facts.display(operatorAccount)) may move every token you hold in "
          + "\(FactText.collectionName(collection)), now and later.",
        evidence: [
          .init("collection", AllowanceEvidence.token(collection)), .init("owner", owner),
          .init("operator", operatorAccount),
        ])
    }
  }
}
