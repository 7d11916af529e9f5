import EVM
import Foundation
import NEAR
import Testing
import TxrayCore
import TxrayKit
import TxrayRules

/// The samples, decoded by the real decoders, through the outcome builders and the rules: the
/// declared facts and the findings a signer would see.
@Suite struct OutcomeBuilderTests {
  static let tokens = ClearSigning(registry: ClearSigningRegistry())
  static let signer = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"

  static func text(_ name: String) throws -> String {
    try String(contentsOfFile: Samples.path(name), encoding: .utf8)
  }

  static func evm(_ text: String) throws -> Outcome {
    let tx = try EVMInput.decode(text)
    let call = tx.to.flatMap { to in
      tx.data.isEmpty ? nil : CallDecoder().decode(calldata: tx.data, contract: to)
    }
    return EVMOutcome.declared(tx, call: call, tokens: tokens)
  }

  static func evmSample(_ name: String) throws -> Outcome { try evm(text(name)) }

  static func typedSample(_ name: String) throws -> Outcome {
    TypedDataOutcome.declared(try TypedData(parsing: text(name)), tokens: tokens)
  }

  static func nearSample(_ name: String) throws -> Outcome {
    NEAROutcome.declared(try NEARInput.decode(text(name)))
  }

  static func rules(_ outcome: Outcome, book: AddressBook = AddressBook()) -> [String] {
    RiskRules.evaluate(outcome, addressBook: book).map(\.rule)
  }

  // MARK: EVM transactions

  @Test func unlimitedApprovalSample() throws {
    let outcome = try Self.evmSample("erc20-approve-unlimited.hex")
    #expect(outcome.signer == Self.signer)
    #expect(outcome.method == "approve")
    #expect(outcome.chainId == 1)
    #expect(
      outcome.declared == [
        .allowance(
          asset: Asset(
            kind: .fungible, contract: "0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48",
            symbol: "USDC", decimals: 6),
          owner: Self.signer, spender: "0x000000000022D473030F116dDEE9F6B43aC78BA3", amount: .max,
          expiry: nil, mechanism: "approve")
      ])
    #expect(Self.rules(outcome) == ["evm.unlimited-allowance"])
    let narration = Narrator.narrate(outcome, findings: RiskRules.evaluate(outcome))
    #expect(narration.headline == "You allow 0x0000…8BA3 to spend all of your USDC, forever")
  }

  @Test func requestSampleIsTheSameApproval() throws {
    #expect(Self.rules(try Self.evmSample("request.json")) == ["evm.unlimited-allowance"])
  }

  @Test func tokenTransferSampleHasNoFindings() throws {
    let outcome = try Self.evmSample("erc20-transfer.hex")
    guard case .transfer(let asset, let from, let to, let amount, _)? = outcome.declared.first
    else {
      Issue.record("no transfer: \(outcome.declared)")
      return
    }
    #expect(asset.symbol == "USDC" && from == Self.signer)
    #expect(to == "0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045" && amount == UInt256(250_000_000))
    #expect(Self.rules(outcome).isEmpty)
    let narration = Narrator.narrate(outcome, findings: [])
    #expect(narration.headline == "You send 250 USDC to 0xd8dA…6045")
  }

  @Test func tokenTransferToAPoisonedLookalikeIsCaught() throws {
    let outcome = try Self.evmSample("erc20-transfer.hex")
    let book = AddressBook(["0xd8dA00000000000000000000000000000000604F": "typo"])
    #expect(Self.rules(outcome, book: book) == ["evm.first-seen-recipient"])
    let poisoned = AddressBook(["0xd8dA000000000000000000000000000000006045": "Vitalik"])
    #expect(Self.rules(outcome, book: poisoned) == ["evm.address-poisoning"])
  }

  @Test func delegationSampleIsCritical() throws {
    let outcome = try Self.evmSample("eip7702-delegation.hex")
    #expect(
      outcome.declared.contains(
        .delegationSet(
          authority: Self.signer, delegate: "0x63c0c19a282a1B52b07dD5a65b58948A07DAE32B",
          chainId: 1)))
    let findings = RiskRules.evaluate(outcome)
    #expect(findings.first?.rule == "evm.eip7702-delegation")
    #expect(findings.first?.severity == .critical)
    let narration = Narrator.narrate(outcome, findings: findings)
    #expect(narration.headline == "You let the code at 0x63c0…E32B control the account 0xf39F…2266")
  }

  @Test func legacySampleWithoutChainIdIsReplayable() throws {
    let outcome = try Self.evmSample("legacy-no-chainid.hex")
    #expect(outcome.chainId == nil)
    #expect(Self.rules(outcome) == ["evm.legacy-no-chain-id"])
    #expect(Self.rules(try Self.evmSample("legacy-eip155.hex")).isEmpty)
  }

  @Test func requestLeavingTheChainIdToTheWalletIsNotReplayable() throws {
    let request =
      #"{"from": "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266", "to": "0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045", "value": "0x1"}"#
    let outcome = try Self.evm(request)
    #expect(outcome.leftToWallet.contains("chainId"))
    #expect(!Self.rules(outcome).contains("evm.legacy-no-chain-id"))
  }

  @Test func feeCeilingAboveATinyValueIsAWarning() throws {
    let request =
      #"{"from": "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266", "to": "0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045", "value": "0x1", "chainId": "0x1", "nonce": "0x0", "gas": "0x5208", "maxFeePerGas": "0x3b9aca00", "maxPriorityFeePerGas": "0x1"}"#
    #expect(Self.rules(try Self.evm(request)) == ["evm.fee-above-value"])
    #expect(Self.rules(try Self.evmSample("eip1559-eth-transfer.hex")).isEmpty)
  }

  @Test func contractCreationSampleIsInfo() throws {
    let outcome = try Self.evmSample("contract-creation.hex")
    #expect(outcome.isContractCreation)
    #expect(Self.rules(outcome) == ["evm.contract-creation"])
  }

  @Test func universalRouterSwapSendsValueToTheRouter() throws {
    let outcome = try Self.evmSample("uniswap-universal-router-swap.hex")
    #expect(outcome.method == "execute")
    #expect(Self.rules(outcome).isEmpty)
  }

  @Test func tokenTransferToTheTokenItself() throws {
    // transfer(USDC, 1) sent to USDC.
    let data =
      "0xa9059cbb000000000000000000000000a0b86991c6218b36c1d19d4a2e9eb0ce3606eb48"
      + "0000000000000000000000000000000000000000000000000000000000000001"
    let request =
      #"{"from": "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266", "to": "0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48", "chainId": "0x1", "data": "\#(data)"}"#
    #expect(Self.rules(try Self.evm(request)) == ["evm.transfer-to-token-contract"])
  }

  @Test func setApprovalForAllIsHigh() throws {
    let data =
      "0xa22cb465000000000000000000000000d8da6bf26964af9d7eed9e03e53415d37aa96045"
      + "0000000000000000000000000000000000000000000000000000000000000001"
    let request =
      #"{"from": "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266", "to": "0xBC4CA0EdA7647A8aB7C2061c2E118A18a936f13D", "chainId": "0x1", "data": "\#(data)"}"#
    let outcome = try Self.evm(request)
    #expect(Self.rules(outcome) == ["evm.approval-for-all"])
    #expect(
      Narrator.narrate(outcome, findings: []).headline
        == "You let 0xd8dA…6045 move all of your tokens in the collection at 0xBC4C…f13D")
  }

  // MARK: EIP-712

  @Test func permit2SingleSampleIsAnUnlimitedPermit() throws {
    let outcome = try Self.typedSample("permit2-single.json")
    #expect(outcome.kind == .signatureRequest)
    let findings = RiskRules.evaluate(outcome)
    #expect(findings.map(\.rule) == ["evm.permit-signature"])
    #expect(findings.first?.severity == .high)
    #expect(findings.first?.evidence.contains(.init("expiry", "2026-12-28 12:00 UTC")) == true)
    let narration = Narrator.narrate(outcome, findings: findings)
    #expect(
      narration.headline
        == "You sign a permit that lets 0x66a9…A8Af spend all of your USDC until 2026-12-28 12:00 UTC"
    )
  }

  @Test func eip2612PermitSampleIsABoundedPermit() throws {
    let outcome = try Self.typedSample("eip2612-permit.json")
    #expect(outcome.signer == Self.signer)
    let findings = RiskRules.evaluate(outcome)
    #expect(findings.map(\.rule) == ["evm.permit-signature"])
    #expect(findings.first?.severity == .warning)
    #expect(findings.first?.evidence.contains(.init("amount", "1000 USDC")) == true)
  }

  // MARK: NEAR

  @Test func fullAccessKeySampleIsCritical() throws {
    let outcome = try Self.nearSample("near-add-full-access-key.b64")
    #expect(outcome.chain == .near && outcome.signer == "alice.near")
    let findings = RiskRules.evaluate(outcome)
    #expect(findings.map(\.rule) == ["near.full-access-key"])
    #expect(findings.first?.severity == .critical)
    #expect(
      Narrator.narrate(outcome, findings: findings).headline
        == "You give a new key full control of alice.near")
  }

  @Test func ftTransferSampleDeclaresTheTokenTransfer() throws {
    let outcome = try Self.nearSample("near-ft-transfer.b64")
    #expect(outcome.method == "ft_transfer")
    #expect(
      outcome.declared.contains { effect in
        guard case .transfer(let asset, "alice.near", "bob.near", let amount, nil) = effect else {
          return false
        }
        return asset.kind == .fungible && amount == UInt256(250_000_000)
      })
    #expect(Self.rules(outcome).isEmpty)
    #expect(Self.rules(try Self.nearSample("near-rpc-transaction.json")).isEmpty)
  }

  @Test func delegateSampleIsAWarningAndTellsTheTransfer() throws {
    let outcome = try Self.nearSample("near-delegate.b64")
    #expect(outcome.signer == "relayer.near")
    let findings = RiskRules.evaluate(outcome)
    #expect(findings.map(\.rule) == ["near.delegate-action"])
    #expect(findings.first?.evidence.contains(.init("max block height", "150000000")) == true)
    let narration = Narrator.narrate(outcome, findings: findings)
    #expect(narration.headline.hasPrefix("You relay actions signed by alice.near"))
  }
}

/// Calls the samples do not cover, as wallet requests through the real decoders.
@Suite struct OutcomeBuilderCallTests {
  static func request(to: String, data: String) throws -> Outcome {
    try OutcomeBuilderTests.evm(
      #"{"from": "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266", "to": "\#(to)", "chainId": "0x1", "data": "\#(data)"}"#
    )
  }

  static func word(_ hex: String) -> String {
    String(repeating: "0", count: 64 - hex.count) + hex
  }

  @Test func permit2ApproveCallIsAnAllowanceWithExpiry() throws {
    // approve(USDC, router, 2^160-1, 1798459200) on Permit2.
    let data =
      "0x87517c45" + Self.word("a0b86991c6218b36c1d19d4a2e9eb0ce3606eb48")
      + Self.word("66a9893cc07d91d95644aedd05d03f95e1dba8af")
      + Self.word(String(repeating: "f", count: 40)) + Self.word("6b324f40")
    let outcome = try Self.request(to: "0x000000000022D473030F116dDEE9F6B43aC78BA3", data: data)
    #expect(
      outcome.declared == [
        .allowance(
          asset: Asset(
            kind: .fungible, contract: "0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48",
            symbol: "USDC", decimals: 6),
          owner: OutcomeBuilderTests.signer, spender: "0x66a9893cC07D91D95644AEDD05D03f95e1dBA8Af",
          amount: (UInt256(1) << 160) - 1, expiry: 1_798_459_200, mechanism: "permit2")
      ])
    #expect(OutcomeBuilderTests.rules(outcome) == ["evm.unlimited-allowance"])
  }

  @Test func erc1155TransferIsAMultiTokenTransfer() throws {
    // safeTransferFrom(signer, vitalik, id 7, amount 3, "").
    let data =
      "0xf242432a" + Self.word("f39fd6e51aad88f6f4ce6ab8827279cfffb92266")
      + Self.word("d8da6bf26964af9d7eed9e03e53415d37aa96045") + Self.word("7") + Self.word("3")
      + Self.word("a0") + Self.word("0")
    let outcome = try Self.request(to: "0x76BE3b62873462d2142405439777e971754E8E77", data: data)
    #expect(
      outcome.declared == [
        .transfer(
          asset: Asset(kind: .multiToken, contract: "0x76BE3b62873462d2142405439777e971754E8E77"),
          from: OutcomeBuilderTests.signer, to: "0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045",
          amount: UInt256(3), tokenId: "7")
      ])
  }
}
