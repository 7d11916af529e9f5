import TxrayCore

/// `evm.address-poisoning` / `near.address-poisoning`, high: a counterparty whose first four and
/// last four hex digits match an address-book entry, but which is a different account.
/// Poisoners send dust from such look-alikes so a victim copies one from their history;
/// wallets that shorten addresses show both the same. Needs an address book. On NEAR it applies
/// to hex accounts (implicit and eth-implicit ids), the only ones that can be ground to match.
struct AddressPoisoningRule: RiskRule {
  func findings(_ facts: RuleFacts) -> [Finding] {
    guard !facts.book.isEmpty else { return [] }
    return Counterparties.of(facts).compactMap { candidate in
      guard !facts.book.contains(candidate.account),
        let (prefix, suffix) = Self.ends(candidate.account)
      else { return nil }
      let lookalike = facts.book.accounts.first { known in
        guard let (knownPrefix, knownSuffix) = Self.ends(known) else { return false }
        return knownPrefix == prefix && knownSuffix == suffix
          && Self.digits(known)?.count == Self.digits(candidate.account)?.count
      }
      guard let lookalike else { return nil }
      let label = facts.book.label(for: lookalike).map(FactText.untrusted) ?? "an entry"
      return Finding(
        rule: facts.id("address-poisoning"), severity: .high,
        message: "The \(candidate.role) \(TerminalSafeText.sanitize(candidate.account)) looks "
          + "like \(label) (\(TerminalSafeText.sanitize(lookalike))) in your address book but "
          + "is a different account: a poisoning look-alike.",
        evidence: [
          .init(candidate.role, candidate.account), .init("looks like", lookalike),
          .init("label", facts.book.label(for: lookalike) ?? ""),
        ])
    }
  }

  /// The hex digits of an EVM address or hex NEAR account, lowercased; nil for other accounts.
  static func digits(_ account: String) -> Substring? {
    let lower = AddressBook.key(account)
    let digits = lower.hasPrefix("0x") ? lower.dropFirst(2) : lower[...]
    guard digits.count >= 40, digits.allSatisfy(\.isHexDigit) else { return nil }
    return digits
  }

  static func ends(_ account: String) -> (Substring, Substring)? {
    digits(account).map { ($0.prefix(4), $0.suffix(4)) }
  }
}
