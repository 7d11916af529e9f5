import Testing
import TxrayCore
import TxrayRules

@Suite struct RiskRulesOrderTests {
  typealias F = RuleFixtures

  /// A 7702 transaction without chain id that also approves everything and fails: every
  /// severity at once.
  static var everything: Outcome {
    var outcome = Outcome(
      chain: .evm, signer: F.signer, recipient: F.usdcAddress, isContractCreation: false,
      feeCeiling: UInt256(1), chainId: nil,
      declared: [
        F.approve(.max),
        .delegationSet(authority: F.signer, delegate: F.delegateCode, chainId: 1),
      ])
    outcome.simulation = Simulation(status: .reverted(reason: nil))
    return outcome
  }

  @Test func worstFirstThenCatalogueOrder() {
    let findings = RiskRules.evaluate(
      Self.everything, addressBook: AddressBook(["bob.near": "Bob"]))
    #expect(
      findings.map(\.rule) == [
        "evm.eip7702-delegation", "evm.unlimited-allowance", "evm.simulated-revert",
        "evm.legacy-no-chain-id", "evm.first-seen-recipient", "evm.first-seen-recipient",
      ])
    #expect(findings.map(\.severity) == findings.map(\.severity).sorted(by: >))
  }

  @Test func sameInputSameFindings() {
    let first = RiskRules.evaluate(Self.everything)
    for _ in 0..<20 { #expect(RiskRules.evaluate(Self.everything) == first) }
  }

  @Test func repeatedEffectIsReportedOnce() {
    let outcome = F.evmCall(effects: [F.approve(.max), F.approve(.max)])
    #expect(F.rules(outcome) == ["evm.unlimited-allowance"])
  }

  @Test func everyRuleIdIsNamespacedByChain() {
    let ids = Set(RiskRules.evaluate(Self.everything).map(\.rule))
    #expect(ids.allSatisfy { $0.hasPrefix("evm.") || $0.hasPrefix("near.") })
  }
}
