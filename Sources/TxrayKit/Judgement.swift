import EVM
import IntentCheck
import TxrayCore
import TxrayRules

/// The verdict on an outcome: findings from the rules, the narrator's account, and the
/// explanation shown (the model's checked composition or the narrator's text).
public struct Judgement: Sendable {
  /// What the risk rules found, most severe first as the rules order them.
  public var findings: [Finding]
  /// The narrator's headline and the claims it states.
  public var narration: Narration
  /// The text shown: the model's checked composition or the narrator's.
  public var explanation: ExplanationText
  /// The transaction checked against what the signer said, when they said something.
  public var intentCheck: IntentCheckResult?

  /// Rules first, then the narrator; the model, when there is one, only composes the narration's
  /// claims, and its text stands only if it reads back into them (`ClaimCheck`). `onToken`
  /// streams the model's composition.
  public static func judge(
    _ outcome: Outcome, context: ExplainContext, onToken: ((String) -> Void)? = nil
  ) -> Judgement {
    var findings = RiskRules.evaluate(
      outcome, addressBook: context.addressBook, knownContracts: knownContracts(outcome, context))
    let intentCheck = context.expectation.map { expectation in
      IntentChecker.check(
        expectation, outcome: outcome, assets: assets(outcome, context),
        words: context.expectationWords)
    }
    if let mismatch = intentCheck?.finding {
      // After the findings at least as severe, so the list stays worst first.
      let index = findings.firstIndex { $0.severity < mismatch.severity } ?? findings.count
      findings.insert(mismatch, at: index)
    }
    let narration = Narrator.narrate(
      outcome, findings: findings, addressBook: context.addressBook)
    let explanation =
      context.modelExplainer?.explain(narration: narration, onToken: onToken)
      ?? ExplanationText(
        text: narration.body, source: .rules, claims: narration.bodyComposition.claimIds)
    return Judgement(
      findings: findings, narration: narration, explanation: explanation, intentCheck: intentCheck)
  }

  /// The outcome's native coin and the token list of its network, for the tickers an
  /// expectation names.
  private static func assets(_ outcome: Outcome, _ context: ExplainContext) -> AssetKnowledge {
    let network: TokenList.Network
    switch outcome.chain {
    case .near:
      network = TokenList.near
    case .evm:
      network = TokenList.evm(
        outcome.chainId ?? context.assumedChainId?.uint64Value ?? 1)
    }
    return AssetKnowledge(native: outcome.nativeAsset, network: network, tokens: context.tokens)
  }

  /// The well-known contracts of the outcome's chain, which look-alikes are checked against: on
  /// EVM txray's list, then the owners its descriptors name; on NEAR the token contracts of the
  /// token list ("USDt token contract").
  private static func knownContracts(_ outcome: Outcome, _ context: ExplainContext)
    -> AddressBook
  {
    guard outcome.chain == .evm else {
      return AddressBook(
        context.tokens.contracts(on: TokenList.near).mapValues { $0.symbol + " token contract" })
    }
    let chainId = outcome.chainId.map { UInt256($0) } ?? context.assumedChainId ?? UInt256(1)
    return AddressBook(
      KnownContracts.all(chainId: chainId).merging(context.clearSigning.owners(chainId: chainId)) {
        first, _ in first
      })
  }
}
