import Testing
import TxrayCore
import TxrayRules

@Suite struct EVMAllowanceRuleTests {
  typealias F = RuleFixtures

  @Test func unlimitedApprovalIsHigh() throws {
    let findings = RiskRules.evaluate(F.evmCall(effects: [F.approve(.max)]))
    let finding = try #require(findings.first { $0.rule == "evm.unlimited-allowance" })
    #expect(finding.severity == .high)
    #expect(finding.evidence.contains(.init("spender", F.permit2)))
    #expect(finding.evidence.contains(.init("amount", "unlimited")))
    #expect(finding.message.contains("all of your USDC"))
  }

  @Test(arguments: [
    (UInt256(1) << 160) - 1, (UInt256(1) << 96) - 1, UInt256(1) << 128, UInt256(1) << 255,
  ])
  func sentinelsAndVeryLargeAmountsCountAsUnlimited(amount: UInt256) {
    #expect(F.rules(F.evmCall(effects: [F.approve(amount)])).contains("evm.unlimited-allowance"))
  }

  @Test func boundedApprovalIsNotReported() {
    let just = (UInt256(1) << 128) - 1
    #expect(!F.rules(F.evmCall(effects: [F.approve(just)])).contains("evm.unlimited-allowance"))
    #expect(F.rules(F.evmCall(effects: [F.approve(UInt256(1_000_000_000))])).isEmpty)
  }

  @Test func unlimitedPermitSignatureIsHigh() throws {
    let outcome = Outcome(
      chain: .evm, kind: .signatureRequest, signer: F.signer, recipient: F.permit2, chainId: 1,
      declared: [
        F.approve(F.maxUInt160, spender: F.router, mechanism: "permit2", expiry: 1_798_459_200)
      ])
    let findings = RiskRules.evaluate(outcome)
    let finding = try #require(findings.first)
    #expect(finding.rule == "evm.permit-signature")
    #expect(finding.severity == .high)
    #expect(finding.evidence.contains(.init("expiry", "2026-12-28 12:00 UTC")))
    // An off-chain signature is not a transaction: the transaction allowance rule stays quiet.
    #expect(!findings.contains { $0.rule == "evm.unlimited-allowance" })
  }

  @Test func boundedPermitIsAWarningAndOneWithoutExpiryIsHigh() {
    func permit(expiry: UInt64?) -> Outcome {
      Outcome(
        chain: .evm, kind: .signatureRequest, signer: F.signer, recipient: F.usdcAddress,
        declared: [
          F.approve(UInt256(1_000_000_000), spender: F.router, mechanism: "permit", expiry: expiry)
        ])
    }
    #expect(RiskRules.evaluate(permit(expiry: 1_796_083_200)).map(\.severity) == [.warning])
    #expect(RiskRules.evaluate(permit(expiry: nil)).map(\.severity) == [.high])
    #expect(RiskRules.evaluate(permit(expiry: .max)).map(\.severity) == [.high])
  }

  @Test func signatureWithoutAllowanceIsNotAPermit() {
    let outcome = Outcome(chain: .evm, kind: .signatureRequest, recipient: F.router)
    #expect(F.rules(outcome).isEmpty)
  }

  @Test func allowanceToAnAccountWithoutCodeIsHighOnlyWhenKnown() {
    var outcome = F.evmCall(effects: [F.approve(UInt256(5), spender: F.vitalik)])
    #expect(!F.rules(outcome).contains("evm.allowance-to-eoa"))
    outcome.accountsWithoutCode = [F.vitalik.lowercased()]
    #expect(F.rules(outcome) == ["evm.allowance-to-eoa"])
    outcome.accountsWithoutCode = []
    outcome.accountsWithCode = [F.vitalik]
    #expect(F.rules(outcome).isEmpty)
  }

  @Test func operatorApprovalForAllIsHighAndRevokingIsNot() {
    let collection = Asset(
      kind: .nonFungible, contract: "0xBC4CA0EdA7647A8aB7C2061c2E118A18a936f13D")
    let grant = Effect.operatorApproval(
      collection: collection, owner: F.signer, operator: F.vitalik, approved: true)
    let revoke = Effect.operatorApproval(
      collection: collection, owner: F.signer, operator: F.vitalik, approved: false)
    var outcome = F.evmCall(
      to: collection.contract ?? "", method: "setApprovalForAll", effects: [grant])
    #expect(F.rules(outcome) == ["evm.approval-for-all"])
    outcome.accountsWithoutCode = [F.vitalik]
    #expect(F.rules(outcome) == ["evm.allowance-to-eoa", "evm.approval-for-all"])
    outcome.declared = [revoke]
    #expect(F.rules(outcome).isEmpty)
  }

  @Test func simulatedAndDeclaredAllowanceAreOneFinding() {
    var outcome = F.evmCall(effects: [
      F.approve(.max, asset: Asset(kind: .fungible, contract: F.usdcAddress))
    ])
    outcome.simulation = Simulation(status: .succeeded, effects: [F.approve(.max)])
    let findings = RiskRules.evaluate(outcome)
    #expect(findings.map(\.rule) == ["evm.unlimited-allowance"])
    // The simulated effect, which knows the token, is the one judged.
    #expect(findings.first?.message.contains("USDC") == true)
  }

  @Test func increaseAllowanceIsJudgedByTheSimulatedTotal() {
    var outcome = F.evmCall(
      method: "increaseAllowance",
      effects: [F.approve(UInt256(10), mechanism: "increaseAllowance")])
    #expect(F.rules(outcome).isEmpty)
    outcome.simulation = Simulation(status: .succeeded, effects: [F.approve(.max)])
    #expect(F.rules(outcome) == ["evm.unlimited-allowance"])
  }
}

/// Token symbols that look like another's.
@Suite struct LookalikeSymbolRuleTests {
  typealias F = RuleFixtures

  static func transfer(symbol: String) -> Outcome {
    let asset = Asset(kind: .fungible, contract: F.usdcAddress, symbol: symbol, decimals: 6)
    return F.evmCall(effects: [
      .transfer(asset: asset, from: F.signer, to: F.vitalik, amount: 1_000_000, tokenId: nil)
    ])
  }

  @Test func aCyrillicLetterInTheSymbolIsAWarningThatNamesIt() throws {
    let findings = RiskRules.evaluate(Self.transfer(symbol: "USD\u{421}"))
    let finding = try #require(findings.first { $0.rule == "evm.lookalike-symbol" })
    #expect(finding.severity == .warning)
    #expect(
      finding.message
        == "The symbol of the token at 0xA0b8…eB48 is written with U+0421 CYRILLIC CAPITAL "
        + "LETTER ES: it may pose as another token.")
  }

  @Test(arguments: ["USD\u{200B}C", "\u{FF35}SDC", "U\u{1D412}DC", "\u{202E}CDSU"])
  func invisibleFullwidthMathematicalAndBidiCharactersAreFound(symbol: String) {
    #expect(
      RiskRules.evaluate(Self.transfer(symbol: symbol)).contains {
        $0.rule == "evm.lookalike-symbol"
      })
  }

  @Test(arguments: ["USDC", "USDC.e", "wstETH", "1INCH", "$DOG"])
  func plainSymbolsAreNot(symbol: String) {
    #expect(
      !RiskRules.evaluate(Self.transfer(symbol: symbol)).contains {
        $0.rule == "evm.lookalike-symbol"
      })
  }
}
