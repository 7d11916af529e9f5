import TxrayCore

/// `evm.token-list-mismatch` / `near.token-list-mismatch`, high: a token contract's own symbol or
/// decimals (read from chain state in simulation) contradict the token list txray names it
/// from. What is shown follows the chain; the contradiction is reported because a copycat token
/// deployed at a look-alike address, or a list entry pointing at the wrong contract, is how a
/// signer is made to believe they receive one token and get another. Decimals that differ also
/// make every amount wrong by powers of ten.
struct TokenListMismatchRule: RiskRule {
  func findings(_ facts: RuleFacts) -> [Finding] {
    facts.outcome.tokenMismatches.map { mismatch in
      let listed = FactText.untrusted(mismatch.listedSymbol)
      let onChain = mismatch.chainSymbol.map(FactText.untrusted) ?? "no symbol"
      var differences: [String] = []
      if mismatch.chainSymbol?.lowercased() != mismatch.listedSymbol.lowercased() {
        differences.append("calls itself \(onChain)")
      }
      if let decimals = mismatch.chainDecimals, decimals != mismatch.listedDecimals {
        differences.append(
          "counts \(decimals) decimals, not \(mismatch.listedDecimals)")
      }
      return Finding(
        rule: facts.id("token-list-mismatch"), severity: .high,
        message: "The token at \(facts.display(mismatch.contract)) is listed as \(listed) but "
          + differences.joined(separator: " and ")
          + " on chain: it may be posing as another token. Amounts follow the chain.",
        evidence: [
          .init("token", mismatch.contract),
          .init("listed", "\(mismatch.listedSymbol), \(mismatch.listedDecimals) decimals"),
          .init("list", mismatch.listSource),
          .init(
            "on chain",
            "\(mismatch.chainSymbol ?? "no symbol"), "
              + (mismatch.chainDecimals.map { "\($0) decimals" } ?? "no decimals")),
        ])
    }
  }
}
