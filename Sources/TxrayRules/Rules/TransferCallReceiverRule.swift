import TxrayCore

/// `near.transfer-call-receiver`, warning: `ft_transfer_call` / `nft_transfer_call` to an
/// account that is not in the address book. The receiver's `ft_on_transfer` code decides how
/// much it keeps, so it must be a counterparty the signer means (a DEX, a lending pool).
/// Without an address book nothing tells a usual counterparty from another, so nothing is
/// reported.
struct TransferCallReceiverRule: RiskRule {
  static let id = "near.transfer-call-receiver"
  static let methods: Set<String> = ["ft_transfer_call", "nft_transfer_call"]

  func findings(_ facts: RuleFacts) -> [Finding] {
    guard facts.chain == .near, !facts.book.isEmpty else { return [] }
    let tokens = facts.outcome.declared.compactMap { effect -> String? in
      guard case .call(_, let to, let method?, _) = effect, Self.methods.contains(method) else {
        return nil
      }
      return AddressBook.key(to)
    }
    return facts.outcome.declared.compactMap { effect in
      guard case .transfer(let asset, _, let to, let amount, let tokenId) = effect,
        let contract = asset.contract, tokens.contains(AddressBook.key(contract)),
        !facts.book.contains(to)
      else { return nil }
      return Finding(
        rule: Self.id, severity: .warning,
        message: "\(FactText.amount(amount, of: asset, tokenId: tokenId)) go to "
          + "\(facts.display(to)), which is not in your address book, and its code decides "
          + "how much to keep.",
        evidence: [
          .init("token", contract), .init("receiver", to),
          .init("amount", FactText.amount(amount, of: asset, tokenId: tokenId)),
        ])
    }
  }
}
