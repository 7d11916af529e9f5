import TxrayCore

/// `evm.first-seen-recipient` / `near.first-seen-recipient`, info: a counterparty that is not in
/// the address book, when there is one. Not a risk by itself; it tells the signer to check the
/// account once before trusting it. Look-alikes are left to the poisoning rule.
struct FirstSeenRecipientRule: RiskRule {
  func findings(_ facts: RuleFacts) -> [Finding] {
    guard !facts.book.isEmpty else { return [] }
    let knownEnds = Set(
      facts.book.accounts.compactMap { AddressPoisoningRule.ends($0).map { "\($0.0)|\($0.1)" } })
    return Counterparties.of(facts).compactMap { candidate in
      guard !facts.book.contains(candidate.account) else { return nil }
      if let ends = AddressPoisoningRule.ends(candidate.account),
        knownEnds.contains("\(ends.0)|\(ends.1)")
      {
        return nil
      }
      return Finding(
        rule: facts.id("first-seen-recipient"), severity: .info,
        message: "The \(candidate.role) \(facts.display(candidate.account)) is not in your "
          + "address book.",
        evidence: [.init(candidate.role, candidate.account)])
    }
  }
}
