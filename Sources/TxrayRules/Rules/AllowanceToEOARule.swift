import TxrayCore

/// `evm.allowance-to-eoa`, high: an allowance or an NFT operator approval for an account known
/// to hold no code. Protocols spend through contracts; a plain account as spender is how
/// phishing sites collect approvals for the thief's own key. Fires only when state was read and
/// showed no code: an unknown spender is not judged.
struct AllowanceToEOARule: RiskRule {
  static let id = "evm.allowance-to-eoa"

  func findings(_ facts: RuleFacts) -> [Finding] {
    guard facts.chain == .evm else { return [] }
    return facts.effects.compactMap { effect in
      switch effect {
      case .allowance(let asset, _, let spender, let amount, _, _)
      where facts.hasNoCode(spender) && !amount.isZero:
        return finding(
          facts, spender: spender, role: "spender",
          what: FactText.allowance(amount, of: asset), asset: asset)
      case .operatorApproval(let collection, _, let operatorAccount, true)
      where facts.hasNoCode(operatorAccount):
        return finding(
          facts, spender: operatorAccount, role: "operator",
          what: "every token in " + FactText.collectionName(collection), asset: collection)
      default:
        return nil
      }
    }
  }

  private func finding(
    _ facts: RuleFacts, spender: String, role: String, what: String, asset: Asset
  ) -> Finding {
    Finding(
      rule: Self.id, severity: .high,
      message: "\(facts.display(spender)), which may take \(what), is a plain account with no "
        + "contract code: protocols do not spend that way.",
      evidence: [.init(role, spender), .init("token", AllowanceEvidence.token(asset))])
  }
}
