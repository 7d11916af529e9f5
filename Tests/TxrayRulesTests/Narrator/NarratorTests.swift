import Testing
import TxrayCore
import TxrayRules

@Suite struct NarratorTests {
  typealias F = RuleFixtures

  private func narrate(_ outcome: Outcome, book: AddressBook = AddressBook()) -> (
    Narration, [Finding]
  ) {
    let findings = RiskRules.evaluate(outcome, addressBook: book)
    return (Narrator.narrate(outcome, findings: findings, addressBook: book), findings)
  }

  @Test func unlimitedApprovalHeadline() {
    let (narration, _) = narrate(F.evmCall(effects: [F.approve(.max)]))
    #expect(
      narration.headlineTemplate == "You allow {spender} to spend all of your {token}, forever")
    #expect(narration.headline == "You allow 0x0000…8BA3 to spend all of your USDC, forever")
    let (labelled, _) = narrate(
      F.evmCall(effects: [F.approve(.max)]), book: AddressBook([F.permit2: "Permit2"]))
    #expect(
      labelled.headline == "You allow 0x0000…8BA3 (Permit2) to spend all of your USDC, forever")
  }

  /// approve(spender, 0) is how wallets revoke: never "spend up to 0 USDC, forever".
  @Test func zeroApprovalIsARevocation() {
    let (narration, findings) = narrate(F.evmCall(effects: [F.approve(.zero)]))
    #expect(narration.headline == "You revoke the allowance of 0x0000…8BA3 to spend your USDC")
    #expect(narration.body.hasPrefix("0x0000…8BA3 can no longer take your USDC"))
    #expect(findings.allSatisfy { $0.severity < .high })
  }

  @Test func boundedApprovalNamesTheAmount() {
    let (narration, _) = narrate(F.evmCall(effects: [F.approve(UInt256(1_500_000))]))
    #expect(narration.headline == "You allow 0x0000…8BA3 to spend up to 1.5 USDC, forever")
  }

  @Test func permitSignatureHeadlineHasTheExpiry() {
    let outcome = Outcome(
      chain: .evm, kind: .signatureRequest, signer: F.signer, recipient: F.permit2, chainId: 1,
      declared: [
        F.approve(F.maxUInt160, spender: F.router, mechanism: "permit2", expiry: 1_798_459_200)
      ])
    let (narration, _) = narrate(outcome)
    #expect(
      narration.headline
        == "You sign a permit that lets 0x66a9…A8Af spend all of your USDC until 2026-12-28 12:00 UTC"
    )
    #expect(narration.body.contains("This is a signature, not a transaction"))
  }

  @Test func delegationHeadline() {
    let (narration, findings) = narrate(
      F.evmCall(
        to: F.signer, method: nil,
        effects: [.delegationSet(authority: F.signer, delegate: F.delegateCode, chainId: 1)]))
    #expect(narration.headline == "You let the code at 0x63c0…E32B control the account 0xf39F…2266")
    #expect(findings.first?.severity == .critical)
  }

  @Test func revertedHeadlineSaysItFails() {
    var outcome = F.evmCall(effects: [F.approve(.max)])
    outcome.simulation = Simulation(status: .reverted(reason: "paused"))
    let (narration, _) = narrate(outcome)
    #expect(
      narration.headline
        == "This transaction fails in simulation: you would allow 0x0000…8BA3 to spend all of your USDC, forever"
    )
    #expect(narration.body.contains("it fails (paused): you would pay the fee"))
  }

  @Test func simulatedBalanceChangesAreNamed() {
    var outcome = F.evmCall(
      to: F.vitalik, value: UInt256(1_500_000_000_000_000_000), method: nil,
      effects: [
        .transfer(
          asset: .ether, from: F.signer, to: F.vitalik, amount: UInt256(1_500_000_000_000_000_000),
          tokenId: nil)
      ], fee: UInt256(21_000_000_000_000))
    outcome.simulation = Simulation(
      status: .succeeded,
      effects: [
        .balanceChange(
          account: F.signer, asset: .ether,
          delta: SignedAmount(magnitude: UInt256(1_500_021_000_000_000_000), isNegative: true))
      ])
    let (narration, _) = narrate(outcome)
    #expect(narration.headline == "You send 1.5 ETH to 0xd8dA…6045")
    #expect(narration.body.contains("your balances change by -1.500021 ETH."))
    #expect(narration.body.contains("fees can reach 0.000021 ETH"))
  }

  @Test func nearFullAccessKeyAndDeleteAccount() {
    let key = "ed25519:6E8sCci9badyRkXb3JoRpBj5p8C6Tw41ELDZoiihKEtp"
    let (added, _) = narrate(
      F.nearTransaction(effects: [.keyAdded(account: "alice.near", key: key, access: .fullAccess)]))
    #expect(added.headline == "You give a new key full control of alice.near")
    let (deleted, _) = narrate(
      F.nearTransaction(effects: [.accountDeleted(account: "alice.near", beneficiary: "bob.near")]))
    #expect(deleted.headline == "You delete the account alice.near and send its NEAR to bob.near")
  }

  /// A NEAR Stake action is told as what it is, never as "no effect txray recognises".
  @Test func nearStakeIsTold() {
    let key = "ed25519:6E8sCci9badyRkXb3JoRpBj5p8C6Tw41ELDZoiihKEtp"
    let (staked, _) = narrate(
      F.nearTransaction(effects: [
        .staked(account: "alice.near", amount: F.near(100), validatorKey: key)
      ]))
    #expect(staked.headline == "You set the validator stake of alice.near to 100 NEAR")
    #expect(staked.body.contains("that NEAR is locked and cannot be spent"))
    #expect(!staked.body.contains("no effect txray recognises"))
    let (unstaked, _) = narrate(
      F.nearTransaction(effects: [
        .staked(account: "alice.near", amount: UInt256(0), validatorKey: key)
      ]))
    #expect(unstaked.headline == "You set the validator stake of alice.near to nothing")
  }

  /// Two transfers of different assets are counted, never told as the first one repeated.
  @Test func otherTransfersAreCountedNotRepeated() {
    let (narration, _) = narrate(
      F.nearTransaction(
        receiver: "wrap.near",
        effects: [
          .transfer(
            asset: Asset(kind: .fungible, contract: "wrap.near"), from: "alice.near",
            to: "evil.near", amount: UInt256(1), tokenId: nil),
          .transfer(
            asset: .near, from: "alice.near", to: "wrap.near", amount: F.near(5), tokenId: nil),
        ]))
    #expect(narration.body.contains("In all there are 2 transfers."))
    #expect(!narration.body.contains("times in all"))
  }

  @Test func delegateActionTellsTheInnerActionThroughARelayer() {
    let outcome = F.nearTransaction(
      receiver: "usdc.near",
      effects: [
        .delegatedAction(
          sender: "alice.near", receiver: "usdc.near", relayer: nil, maxBlockHeight: 150_000_000),
        .call(from: "alice.near", to: "usdc.near", method: "ft_transfer", attached: UInt256(1)),
        .transfer(
          asset: Asset(kind: .fungible, contract: "usdc.near"), from: "alice.near", to: "bob.near",
          amount: UInt256(250_000_000), tokenId: nil),
      ], kind: .delegateAction)
    let (narration, _) = narrate(outcome)
    #expect(
      narration.headline
        == "You send 250000000 base units of the token at usdc.near to bob.near, through a relayer")
    #expect(narration.body.contains("anyone who holds it can submit them until block 150000000"))
  }

  /// Every kind of outcome the builders produce, for the properties every narration keeps.
  static var gallery: [Outcome] {
    let key = "ed25519:6E8sCci9badyRkXb3JoRpBj5p8C6Tw41ELDZoiihKEtp"
    var reverted = F.evmCall(effects: [F.approve(.max)])
    reverted.simulation = Simulation(status: .reverted(reason: nil))
    var unsimulated = F.evmCall(effects: [F.approve(UInt256(7))])
    unsimulated.simulation = Simulation(status: .notSimulated(reason: "state unavailable"))
    return [
      F.evmCall(
        to: F.vitalik, value: UInt256(5), method: nil,
        effects: [
          .transfer(asset: .ether, from: F.signer, to: F.vitalik, amount: UInt256(5), tokenId: nil)
        ]),
      F.evmCall(
        method: "transfer",
        effects: [
          .transfer(asset: F.usdc, from: F.signer, to: F.vitalik, amount: UInt256(5), tokenId: nil)
        ]),
      F.evmCall(effects: [F.approve(.max)]),
      F.evmCall(
        method: "setApprovalForAll",
        effects: [
          .operatorApproval(
            collection: Asset(kind: .nonFungible, contract: F.router, name: "Apes"),
            owner: F.signer,
            operator: F.vitalik, approved: true)
        ]),
      Outcome(chain: .evm, signer: F.signer, isContractCreation: true, chainId: 1),
      F.evmCall(
        to: F.signer, method: nil,
        effects: [
          .delegationSet(authority: F.signer, delegate: F.delegateCode, chainId: 0)
        ]),
      Outcome(
        chain: .evm, kind: .signatureRequest, signer: F.signer, recipient: F.usdcAddress,
        declared: [F.approve(.max, spender: F.router, mechanism: "permit", expiry: nil)]),
      Outcome(chain: .evm, kind: .signatureRequest, recipient: F.router, method: "Mail"),
      F.evmCall(to: F.router, method: "execute", effects: []),
      reverted, unsimulated,
      F.nearTransaction(effects: [.keyAdded(account: "alice.near", key: key, access: .fullAccess)]),
      F.nearTransaction(effects: [
        .keyAdded(
          account: "alice.near", key: key,
          access: .functionCall(receiver: "app.near", methods: ["vote"], allowance: nil))
      ]),
      F.nearTransaction(effects: [.keyRemoved(account: "alice.near", key: key)]),
      F.nearTransaction(effects: [.accountDeleted(account: "alice.near", beneficiary: "bob.near")]),
      F.nearTransaction(effects: [
        .staked(account: "alice.near", amount: F.near(100), validatorKey: key)
      ]),
      F.nearTransaction(effects: [.codeDeployed(account: "alice.near", codeHash: "Hash", size: 9)]),
      F.nearTransaction(
        receiver: "app.near",
        effects: [
          .call(from: "alice.near", to: "app.near", method: "buy", attached: F.near(3))
        ], value: F.near(3)),
      F.nearTransaction(
        receiver: "sub.alice.near", effects: [.accountCreated(account: "sub.alice.near")]),
      F.nearTransaction(
        signer: "relayer.near", receiver: "alice.near",
        effects: [
          .delegatedAction(
            sender: "alice.near", receiver: "usdc.near", relayer: "relayer.near", maxBlockHeight: 9)
        ]),
      Outcome(chain: .evm),
    ]
  }

  @Test(arguments: gallery)
  func everyNarrationKeepsItsPromises(outcome: Outcome) {
    let (narration, findings) = narrate(outcome, book: AddressBook(["bob.near": "Bob"]))
    // A headline, and two to five sentences (a finding's message is one sentence).
    #expect(!narration.headline.isEmpty && !narration.headline.contains("\n"))
    let sentences = narration.body.split(separator: ". ").count
    #expect((2...5).contains(sentences), "\(narration.body)")
    // Every placeholder has a slot, and slot names suit a model's grammar.
    for template in [narration.headlineTemplate, narration.bodyTemplate] {
      #expect(!narration.fill(template).contains("{"), "\(template)")
    }
    #expect(
      narration.slots.allSatisfy { $0.name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" } })
    // Numbers, addresses and names come from slots only: the templates' own words have none.
    for template in [narration.headlineTemplate, narration.bodyTemplate] {
      let words = template.replacing(/\{[A-Za-z0-9_]+\}/, with: "")
      #expect(!words.contains { $0.isNumber }, "\(words)")
    }
    // Every warning, high and critical finding is in the body (a revert through the simulation
    // sentence).
    for (index, finding) in findings.enumerated()
    where finding.severity >= .warning && !finding.rule.hasSuffix(".simulated-revert") {
      #expect(narration.bodyTemplate.contains("{\(Narrator.riskSlotName(index))}"))
      #expect(narration.body.contains(finding.message))
    }
  }

  @Test func manyHighFindingsAreAllMentioned() {
    let outcome = F.evmCall(effects: [
      F.approve(.max, spender: F.router), F.approve(.max, spender: F.vitalik),
      F.approve(.max, spender: F.delegateCode), F.approve(.max, spender: F.permit2),
    ])
    let (narration, findings) = narrate(outcome)
    #expect(findings.count == 4)
    for finding in findings { #expect(narration.body.contains(finding.message)) }
  }
}

extension Outcome: CustomTestStringConvertible {
  public var testDescription: String {
    "\(chain.rawValue) \(kind.rawValue) \(declared.map(\.kind).joined(separator: ","))"
  }
}
