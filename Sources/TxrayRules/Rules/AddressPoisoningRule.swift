import TxrayCore

/// `evm.address-poisoning` / `near.address-poisoning`, high: a counterparty whose first four and
/// last four hex digits match an address-book entry or a well-known contract (Permit2, a
/// router), but which is a different account.
/// Poisoners send dust from such look-alikes so a victim copies one from their history;
/// wallets that shorten addresses show both the same. Needs an address book or known contracts.
/// On NEAR it applies
/// to hex accounts (implicit and eth-implicit ids), the only ones that can be ground to match.
struct AddressPoisoningRule: RiskRule {
  func findings(_ facts: RuleFacts) -> [Finding] {
    let fromBook = Counterparties.of(facts).compactMap { candidate in
      lookalike(of: candidate, in: facts.book, facts).map { known in
        finding(
          candidate, known, label: facts.book.label(for: known), where: "in your address book",
          facts)
      }
    }
    // The contract a transaction calls is the look-alike that matters most for well-known
    // contracts: a fake router at 0x66a9…A8Af takes whatever it is sent.
    var candidates = Counterparties.of(facts)
    if let called = facts.outcome.recipient, !facts.isSigner(called),
      !candidates.contains(where: { AddressBook.key($0.account) == AddressBook.key(called) })
    {
      candidates.append(Counterparties.Candidate(role: "contract called", account: called))
    }
    let fromKnown = candidates.compactMap { candidate in
      lookalike(of: candidate, in: facts.known, facts).map { known in
        finding(
          candidate, known, label: facts.known.label(for: known), where: "a well-known contract",
          facts)
      }
    }
    return fromBook + fromKnown
  }

  /// The entry of `book` whose first and last four hex digits `candidate` shares without being
  /// it; nil when there is none (or `candidate` is in the book).
  private func lookalike(
    of candidate: Counterparties.Candidate, in book: AddressBook, _ facts: RuleFacts
  )
    -> String?
  {
    guard !book.isEmpty, !book.contains(candidate.account),
      let (prefix, suffix) = Self.ends(candidate.account)
    else { return nil }
    return book.accounts.first { known in
      guard let (knownPrefix, knownSuffix) = Self.ends(known) else { return false }
      return knownPrefix == prefix && knownSuffix == suffix
        && Self.digits(known)?.count == Self.digits(candidate.account)?.count
    }
  }

  private func finding(
    _ candidate: Counterparties.Candidate, _ lookalike: String, label: String?,
    where place: String, _ facts: RuleFacts
  ) -> Finding {
    let name = label.map(FactText.untrusted) ?? "an entry"
    return Finding(
      rule: facts.id("address-poisoning"), severity: .high,
      message: "The \(candidate.role) \(TerminalSafeText.sanitize(candidate.account)) looks "
        + "like \(name) (\(TerminalSafeText.sanitize(lookalike))) \(place) but "
        + "is a different account: a poisoning look-alike.",
      evidence: [
        .init(candidate.role, candidate.account), .init("looks like", lookalike),
        .init("label", label ?? ""),
      ])
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
