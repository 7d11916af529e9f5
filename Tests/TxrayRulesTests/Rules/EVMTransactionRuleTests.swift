import Testing
import TxrayCore
import TxrayRules

@Suite struct EVMTransactionRuleTests {
  typealias F = RuleFixtures

  @Test func delegationIsCriticalAndClearingIsNot() throws {
    let set = F.evmCall(
      to: F.signer, method: nil,
      effects: [.delegationSet(authority: F.signer, delegate: F.delegateCode, chainId: 1)])
    let finding = try #require(RiskRules.evaluate(set).first)
    #expect(finding.rule == "evm.eip7702-delegation")
    #expect(finding.severity == .critical)
    #expect(finding.evidence.contains(.init("delegate", F.delegateCode)))
    let everyChain = F.evmCall(
      to: F.signer, method: nil,
      effects: [.delegationSet(authority: F.signer, delegate: F.delegateCode, chainId: 0)])
    #expect(RiskRules.evaluate(everyChain).first?.message.contains("every EVM chain") == true)
    let clear = F.evmCall(
      to: F.signer, method: nil,
      effects: [.delegationSet(authority: F.signer, delegate: nil, chainId: 1)])
    #expect(F.rules(clear).isEmpty)
  }

  @Test func legacyWithoutChainIdIsAWarningUnlessTheWalletFillsItIn() {
    var outcome = Outcome(
      chain: .evm, signer: F.signer, recipient: F.vitalik, value: UInt256(100),
      feeCeiling: UInt256(10), chainId: nil)
    #expect(F.rules(outcome) == ["evm.legacy-no-chain-id"])
    outcome.leftToWallet = ["chainId"]
    #expect(F.rules(outcome).isEmpty)
    outcome.leftToWallet = []
    outcome.chainId = 1
    #expect(F.rules(outcome).isEmpty)
    // A signature request has no transaction chain id to protect.
    #expect(F.rules(Outcome(chain: .evm, kind: .signatureRequest)).isEmpty)
  }

  @Test func revertInSimulationIsAWarning() throws {
    var outcome = F.evmCall(effects: [F.approve(UInt256(1))])
    outcome.simulation = Simulation(status: .reverted(reason: "ERC20: insufficient allowance"))
    let finding = try #require(RiskRules.evaluate(outcome).first)
    #expect(finding.rule == "evm.simulated-revert")
    #expect(finding.severity == .warning)
    #expect(finding.evidence == [.init("reason", "ERC20: insufficient allowance")])
    outcome.simulation = Simulation(status: .succeeded)
    #expect(F.rules(outcome).isEmpty)
    outcome.simulation = Simulation(status: .notSimulated(reason: "no state"))
    #expect(F.rules(outcome).isEmpty)
  }

  @Test func feeCeilingAboveTheValueSentIsAWarning() {
    let wei = UInt256(1_000_000_000_000_000)
    let cheap = F.evmCall(
      to: F.vitalik, value: wei, method: nil, effects: [],
      fee: UInt256(21_000) * UInt256(30_000_000_000))
    #expect(F.rules(cheap).isEmpty)
    let dear = F.evmCall(to: F.vitalik, value: UInt256(1), method: nil, effects: [], fee: wei)
    #expect(F.rules(dear) == ["evm.fee-above-value"])
    // Without native value there is nothing to compare the fee with.
    #expect(F.rules(F.evmCall(effects: [], fee: wei)).isEmpty)
  }

  @Test func valueKeptByAContractThatGivesNothingBackIsAWarning() {
    let eth = UInt256(1_000_000_000_000_000_000)
    let contract = "0x1111111111111111111111111111111111111111"
    var outcome = F.evmCall(to: contract, value: eth, method: nil, effects: [])
    outcome.accountsWithCode = [contract]
    outcome.simulation = Simulation(
      status: .succeeded,
      effects: [
        .balanceChange(
          account: contract, asset: .ether, delta: SignedAmount(magnitude: eth, isNegative: false))
      ])
    #expect(F.rules(outcome) == ["evm.value-kept-by-contract"])
    // Something back (WETH for ETH) is a trade, not a loss.
    outcome.simulation?.effects.append(
      .transfer(
        asset: Asset(kind: .fungible, contract: contract), from: contract, to: F.signer,
        amount: eth, tokenId: nil))
    #expect(F.rules(outcome).isEmpty)
    // Your own contract, named in your address book, may keep it.
    outcome.simulation?.effects.removeLast()
    #expect(F.rules(outcome, book: AddressBook([contract: "My Safe"])).isEmpty)
  }

  @Test func lookalikeOfAnAddressBookEntryIsPoisoning() throws {
    let book = AddressBook([F.vitalik: "Vitalik"])
    let outcome = F.evmCall(
      method: "transfer",
      effects: [
        .transfer(
          asset: F.usdc, from: F.signer, to: F.vitalikLookalike, amount: UInt256(5), tokenId: nil)
      ])
    let finding = try #require(RiskRules.evaluate(outcome, addressBook: book).first)
    #expect(finding.rule == "evm.address-poisoning")
    #expect(finding.severity == .high)
    #expect(finding.evidence.contains(.init("looks like", F.vitalik.lowercased())))
    #expect(finding.message.contains(F.vitalikLookalike))
    // The real entry is not a look-alike of itself, and without a book nothing is judged.
    let genuine = F.evmCall(
      method: "transfer",
      effects: [
        .transfer(asset: F.usdc, from: F.signer, to: F.vitalik, amount: UInt256(5), tokenId: nil)
      ])
    #expect(F.rules(genuine, book: book).isEmpty)
    #expect(F.rules(outcome).isEmpty)
  }

  @Test func poisonedSpenderIsCaughtToo() {
    let book = AddressBook([F.vitalik: "Vitalik"])
    let outcome = F.evmCall(effects: [F.approve(UInt256(5), spender: F.vitalikLookalike)])
    #expect(F.rules(outcome, book: book) == ["evm.address-poisoning"])
  }

  @Test func tokensSentToTheTokenContractAreHigh() {
    let lost = F.evmCall(
      method: "transfer",
      effects: [
        .transfer(
          asset: F.usdc, from: F.signer, to: F.usdcAddress.lowercased(), amount: UInt256(5),
          tokenId: nil)
      ])
    #expect(F.rules(lost) == ["evm.transfer-to-token-contract"])
    let fine = F.evmCall(
      method: "transfer",
      effects: [
        .transfer(asset: F.usdc, from: F.signer, to: F.vitalik, amount: UInt256(5), tokenId: nil)
      ])
    #expect(F.rules(fine).isEmpty)
  }

  @Test func contractCreationIsInfo() throws {
    let creation = Outcome(
      chain: .evm, signer: F.signer, isContractCreation: true, feeCeiling: UInt256(1), chainId: 1)
    let finding = try #require(RiskRules.evaluate(creation).first)
    #expect(finding.rule == "evm.contract-creation")
    #expect(finding.severity == .info)
    #expect(F.rules(F.evmCall(effects: [])).isEmpty)
  }

  @Test func recipientMissingFromAnExistingAddressBookIsInfo() {
    let book = AddressBook(["alice.near": "Alice"])
    let payment = F.evmCall(
      to: F.vitalik, value: UInt256(5), method: nil,
      effects: [
        .transfer(asset: .ether, from: F.signer, to: F.vitalik, amount: UInt256(5), tokenId: nil)
      ],
      fee: UInt256(1))
    #expect(F.rules(payment, book: book) == ["evm.first-seen-recipient"])
    #expect(F.rules(payment, book: AddressBook([F.vitalik: "V"])).isEmpty)
    #expect(F.rules(payment).isEmpty)
  }
}
