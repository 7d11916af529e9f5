import TxrayCore

/// `evm.legacy-no-chain-id`, warning: a legacy transaction signed without EIP-155 carries no
/// chain id, so anyone can replay it on every EVM chain where the sender's nonce matches. A
/// request that leaves the chain id to the wallet is not judged: the wallet adds it.
struct LegacyWithoutChainIdRule: RiskRule {
  static let id = "evm.legacy-no-chain-id"

  func findings(_ facts: RuleFacts) -> [Finding] {
    let outcome = facts.outcome
    guard outcome.chain == .evm, outcome.kind == .transaction, outcome.chainId == nil,
      !outcome.leftToWallet.contains("chainId")
    else { return [] }
    return [
      Finding(
        rule: Self.id, severity: .warning,
        message: "This legacy transaction has no chain id (no EIP-155 protection): anyone can "
          + "replay it on any EVM chain.",
        evidence: [.init("chainId", "none")])
    ]
  }
}
