import Testing
import TxrayCore
import TxrayRules

@Suite struct NEARRuleTests {
  typealias F = RuleFixtures
  static let key = "ed25519:6E8sCci9badyRkXb3JoRpBj5p8C6Tw41ELDZoiihKEtp"

  @Test func fullAccessKeyIsCritical() throws {
    let outcome = F.nearTransaction(
      effects: [.keyAdded(account: "alice.near", key: Self.key, access: .fullAccess)])
    let finding = try #require(RiskRules.evaluate(outcome).first)
    #expect(finding.rule == "near.full-access-key")
    #expect(finding.severity == .critical)
    #expect(finding.evidence == [.init("account", "alice.near"), .init("key", Self.key)])
  }

  @Test func functionCallKeyWithUnlimitedOrLargeAllowanceIsAWarning() {
    func key(_ allowance: UInt256?) -> Outcome {
      F.nearTransaction(effects: [
        .keyAdded(
          account: "alice.near", key: Self.key,
          access: .functionCall(receiver: "app.near", methods: [], allowance: allowance))
      ])
    }
    #expect(F.rules(key(nil)) == ["near.function-call-key-allowance"])
    #expect(F.rules(key(F.near(5))) == ["near.function-call-key-allowance"])
    // 0.25 NEAR, what wallets grant by default.
    #expect(F.rules(key(F.near(1) / UInt256(4))).isEmpty)
  }

  @Test func deleteAccountIsHighAndNamesTheBeneficiary() throws {
    let outcome = F.nearTransaction(
      effects: [.accountDeleted(account: "alice.near", beneficiary: "mallory.near")])
    let finding = try #require(RiskRules.evaluate(outcome).first)
    #expect(finding.rule == "near.delete-account")
    #expect(finding.severity == .high)
    #expect(finding.evidence.contains(.init("beneficiary", "mallory.near")))
    #expect(F.rules(F.nearTransaction(effects: [])).isEmpty)
  }

  @Test func deployOnTheSignersAccountIsHighButNotOnANewSubaccount() {
    let own = F.nearTransaction(
      effects: [.codeDeployed(account: "alice.near", codeHash: "Hash", size: 100)])
    #expect(F.rules(own) == ["near.deploy-contract"])
    let sub = F.nearTransaction(
      receiver: "app.alice.near",
      effects: [
        .accountCreated(account: "app.alice.near"),
        .codeDeployed(account: "app.alice.near", codeHash: "Hash", size: 100),
      ])
    #expect(F.rules(sub).isEmpty)
  }

  @Test func relayedDeployOnTheSendersAccountIsHigh() {
    let relayed = F.nearTransaction(
      signer: "relayer.near", receiver: "alice.near",
      effects: [
        .delegatedAction(
          sender: "alice.near", receiver: "alice.near", relayer: "relayer.near",
          maxBlockHeight: 150_000_000),
        .codeDeployed(account: "alice.near", codeHash: "Hash", size: 100),
      ])
    #expect(F.rules(relayed) == ["near.deploy-contract", "near.delegate-action"])
  }

  @Test func delegateActionIsAWarningWithItsDeadline() throws {
    let outcome = F.nearTransaction(
      effects: [
        .delegatedAction(
          sender: "alice.near", receiver: "usdc.near", relayer: nil, maxBlockHeight: 150_000_000)
      ], kind: .delegateAction)
    let finding = try #require(RiskRules.evaluate(outcome).first)
    #expect(finding.rule == "near.delegate-action")
    #expect(finding.severity == .warning)
    #expect(finding.evidence.contains(.init("max block height", "150000000")))
    #expect(finding.evidence.contains(.init("relayer", "anyone")))
  }

  @Test func largeDepositToACallIsAWarning() {
    func call(_ deposit: UInt256) -> Outcome {
      F.nearTransaction(
        receiver: "app.near",
        effects: [.call(from: "alice.near", to: "app.near", method: "buy", attached: deposit)],
        value: deposit)
    }
    #expect(F.rules(call(F.near(2))) == ["near.large-deposit"])
    #expect(F.rules(call(UInt256(1))).isEmpty)
  }

  @Test func transferCallToAnAccountOutsideTheBookIsAWarning() {
    let token = "usdc.near"
    func transferCall(to receiver: String) -> Outcome {
      F.nearTransaction(
        receiver: token,
        effects: [
          .call(from: "alice.near", to: token, method: "ft_transfer_call", attached: UInt256(1)),
          .transfer(
            asset: Asset(kind: .fungible, contract: token), from: "alice.near", to: receiver,
            amount: UInt256(5), tokenId: nil),
        ], value: UInt256(1))
    }
    let book = AddressBook(["v2.ref-finance.near": "Ref Finance"])
    #expect(F.rules(transferCall(to: "v2.ref-finance.near"), book: book).isEmpty)
    #expect(
      F.rules(transferCall(to: "drain.near"), book: book)
        == ["near.transfer-call-receiver", "near.first-seen-recipient"])
    // Without a book no account is "usual".
    #expect(F.rules(transferCall(to: "drain.near")).isEmpty)
  }

  @Test func ftTransferToTheTokenItselfIsHigh() {
    let outcome = F.nearTransaction(
      receiver: "usdc.near",
      effects: [
        .call(from: "alice.near", to: "usdc.near", method: "ft_transfer", attached: UInt256(1)),
        .transfer(
          asset: Asset(kind: .fungible, contract: "usdc.near"), from: "alice.near",
          to: "usdc.near", amount: UInt256(5), tokenId: nil),
      ])
    #expect(F.rules(outcome) == ["near.transfer-to-token-contract"])
  }

  @Test func implicitAccountLookalikeIsPoisoning() {
    let known = "1720" + String(repeating: "a", count: 56) + "33a1"
    let lookalike = "1720" + String(repeating: "b", count: 56) + "33a1"
    let outcome = F.nearTransaction(
      receiver: lookalike,
      effects: [
        .transfer(asset: .near, from: "alice.near", to: lookalike, amount: UInt256(5), tokenId: nil)
      ], value: UInt256(5))
    #expect(F.rules(outcome, book: AddressBook([known: "Exchange"])) == ["near.address-poisoning"])
  }

  @Test func revertedNEARTransactionIsAWarning() {
    var outcome = F.nearTransaction(effects: [])
    outcome.simulation = Simulation(status: .reverted(reason: "Smart contract panicked"))
    #expect(F.rules(outcome) == ["near.simulated-revert"])
  }
}
