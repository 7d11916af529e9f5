import TxrayCore

/// `near.lookalike-account`, high: a NEAR account the transaction calls, pays or names as a
/// token that reads like a well-known token contract without being it: "usdt.tether-tokem.near"
/// for "usdt.tether-token.near", "wrap.n0ar" for "wrap.near", or a subaccount of someone else
/// named after one ("usdt.tether-token.near.claim.near"). Named NEAR accounts are chosen, not
/// ground like hex addresses, so a scammer registers the name that fools a glance; NEAR ids are
/// lowercase ASCII, so the confusables are ASCII ones (0/o, 1/l/i, rn/m, vv/w, - _ .).
struct LookalikeAccountRule: RiskRule {
  /// Names shorter than this differ from each other by one letter without anyone meaning it
  /// ("a.near", "b.near"), so one edit counts only for longer ones.
  static let minimumLengthForOneEdit = 10

  func findings(_ facts: RuleFacts) -> [Finding] {
    guard facts.chain == .near, !facts.known.isEmpty else { return [] }
    return candidates(facts).compactMap { role, account in
      guard !facts.known.contains(account), let known = lookalike(of: account, in: facts.known)
      else { return nil }
      let label = facts.known.label(for: known).map(FactText.untrusted) ?? "a well-known account"
      return Finding(
        rule: facts.id("lookalike-account"), severity: .high,
        message: "The \(role) \(TerminalSafeText.sanitize(account)) reads like \(label) "
          + "(\(TerminalSafeText.sanitize(known))) but is a different account.",
        evidence: [
          .init(role, account), .init("looks like", known),
          .init("label", facts.known.label(for: known) ?? ""),
        ])
    }
  }

  /// The accounts the signer deals with, the contract called and the token contracts the
  /// effects name, each once.
  private func candidates(_ facts: RuleFacts) -> [(String, String)] {
    var out: [(String, String)] = []
    func add(_ role: String, _ account: String) {
      let key = AddressBook.key(account)
      guard !facts.isSigner(account), !out.contains(where: { AddressBook.key($0.1) == key })
      else { return }
      out.append((role, account))
    }
    if let called = facts.outcome.recipient { add("contract called", called) }
    for candidate in Counterparties.of(facts) { add(candidate.role, candidate.account) }
    for asset in facts.effects.flatMap(LookalikeSymbolRule.assets) where asset.kind != .native {
      if let contract = asset.contract { add("token contract", contract) }
    }
    return out
  }

  /// The known account `account` poses as, if any.
  func lookalike(of account: String, in known: AddressBook) -> String? {
    let candidate = AddressBook.key(account)
    let shape = Self.skeleton(candidate)
    return known.accounts.first { known in
      candidate.hasPrefix(known + ".") || Self.skeleton(known) == shape
        || (known.count >= Self.minimumLengthForOneEdit
          && Self.isOneEditApart(Array(candidate.utf8), Array(known.utf8)))
    }
  }

  /// The account as a glance reads it: confusable characters and separators folded together
  /// (rn → m, vv → w, 0 → o, 1 and i → l, _ and . → -).
  static func skeleton(_ account: String) -> String {
    var out: [UInt8] = []
    var bytes = account.utf8[...]
    while let byte = bytes.popFirst() {
      switch (byte, bytes.first) {
      case (UInt8(ascii: "r"), UInt8(ascii: "n")):
        bytes.removeFirst()
        out.append(UInt8(ascii: "m"))
      case (UInt8(ascii: "v"), UInt8(ascii: "v")):
        bytes.removeFirst()
        out.append(UInt8(ascii: "w"))
      case (UInt8(ascii: "0"), _): out.append(UInt8(ascii: "o"))
      case (UInt8(ascii: "1"), _), (UInt8(ascii: "i"), _): out.append(UInt8(ascii: "l"))
      case (UInt8(ascii: "_"), _), (UInt8(ascii: "."), _): out.append(UInt8(ascii: "-"))
      default: out.append(byte)
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// Whether one insertion, deletion, substitution or swap of neighbours turns `a` into `b`.
  static func isOneEditApart(_ a: [UInt8], _ b: [UInt8]) -> Bool {
    guard a != b, abs(a.count - b.count) <= 1 else { return false }
    let prefix = zip(a, b).prefix { $0 == $1 }.count
    let restA = a[prefix...]
    let restB = b[prefix...]
    if a.count == b.count {
      if restA.dropFirst() == restB.dropFirst() { return true }
      return restA.count >= 2 && restA.first == restB.dropFirst().first
        && restB.first == restA.dropFirst().first && restA.dropFirst(2) == restB.dropFirst(2)
    }
    return a.count > b.count ? restA.dropFirst() == restB : restB.dropFirst() == restA
  }
}
