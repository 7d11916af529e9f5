import EVM
import NEAR
import Testing
import TxrayCore

@testable import IntentCheck

/// The checker's rules on outcomes built by hand, one effect kind at a time; the scenarios over
/// real signed transactions and snapshots are TxrayKitTests' IntentScenarioTests.
@Suite struct IntentCheckerTests {
  static let alice = "alice.near"
  static let signer = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"
  static let usdc = "0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48"
  static let bayc = "0xBC4CA0EdA7647A8aB7C2061c2E118A18a936f13D"
  static let other = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8"

  static let tokens: TokenList = {
    var list = BundledEVMTokens.list
    list.merge(BundledNEARTokens.list)
    return list
  }()

  static func check(_ text: String, _ outcome: Outcome) throws -> IntentCheckResult {
    let network = outcome.chain == .near ? TokenList.near : TokenList.evm(outcome.chainId ?? 1)
    return IntentChecker.check(
      try ExpectationParser.parse(text), outcome: outcome,
      assets: AssetKnowledge(native: outcome.nativeAsset, network: network, tokens: tokens))
  }

  static func near(_ effects: [Effect], simulated: Bool = true) -> Outcome {
    Outcome(
      chain: .near, signer: alice, recipient: alice, declared: effects,
      simulation: simulated ? Simulation(status: .succeeded, effects: effects) : nil)
  }

  @Test func deletingTheAccountIsADifferenceUnderNothingElse() throws {
    let result = try Self.check(
      "nothing else", Self.near([.accountDeleted(account: Self.alice, beneficiary: "eve.near")]))
    #expect(
      result.differences == [
        "It deletes the account alice.near and sends what is left to eve.near, which you did not mention."
      ])
  }

  /// A Stake action locks the account's NEAR: "nothing else" matched it until this test.
  @Test func stakingIsADifferenceUnderNothingElse() throws {
    let hundred = UInt256(decimalString: "100000000000000000000000000")!
    let stake = Effect.staked(account: Self.alice, amount: hundred, validatorKey: "ed25519:K")
    let declared = try Self.check("nothing else", Self.near([stake], simulated: false))
    #expect(
      declared.differences == [
        "It sets the validator stake of alice.near to 100 NEAR, locking that NEAR, which you did "
          + "not mention."
      ])
    // The simulation reports balances, not the action: the declared stake still counts.
    var simulated = Self.near([stake])
    simulated.simulation = Simulation(status: .succeeded, effects: [])
    #expect(try Self.check("nothing else", simulated).differences == declared.differences)
    let unstake = Effect.staked(account: Self.alice, amount: .zero, validatorKey: "ed25519:K")
    #expect(
      try Self.check("nothing else", Self.near([unstake], simulated: false)).differences == [
        "It sets the validator stake of alice.near to nothing, which you did not mention."
      ])
  }

  /// An owner signing a Safe transaction: what the Safe does is what is checked, and a
  /// DELEGATECALL to code that is not Safe's batching library is a difference whatever was
  /// expected (the Bybit signers saw a transfer; the signature handed the Safe over).
  @Test func safeTransactionsAreCheckedAsTheSafesActs() throws {
    let safe = "0x1111111111111111111111111111111111111111"
    let usdc = Asset(kind: .fungible, contract: Self.usdc, symbol: "USDC", decimals: 6)
    func safeTx(_ effects: [Effect]) -> Outcome {
      Outcome(
        chain: .evm, kind: .signatureRequest, signer: Self.signer, recipient: safe, chainId: 1,
        method: "SafeTx", declared: effects)
    }
    let transfer = safeTx([
      .transfer(asset: usdc, from: safe, to: Self.other, amount: UInt256(100_000_000), tokenId: nil)
    ])
    #expect(try Self.check("send ≤ 100 USDC, nothing else", transfer).differences.isEmpty)
    #expect(
      try Self.check("send ≤ 50 USDC", transfer).differences == [
        "It sends 100 USDC, but you said at most 50 USDC."
      ])
    let handedOver = safeTx([
      .delegateCall(
        account: safe, code: "0x2222222222222222222222222222222222222222", library: nil)
    ])
    let expected = [
      "It makes \(safe) run the code at 0x2222222222222222222222222222222222222222 as itself "
        + "(DELEGATECALL): that code can move anything \(safe) holds, so nothing you expect can "
        + "be checked."
    ]
    #expect(try Self.check("send ≤ 100 USDC", handedOver).differences == expected)
    #expect(try Self.check("send ≤ 100 USDC, nothing else", handedOver).differences == expected)
    // Safe's own MultiSend: its calls are read one by one, so it is no difference itself.
    let batch = safeTx([
      .delegateCall(
        account: safe, code: "0x40A2aCCbd92BCA938b02010E17A5b8929b49130D",
        library: "Safe MultiSendCallOnly 1.3.0")
    ])
    #expect(try Self.check("nothing else", batch).differences.isEmpty)
    // A signature is not simulated: the note does not ask for a state that would change nothing.
    #expect(
      try Self.check("nothing else", batch).notes == [
        "Checked against what the message states: a signature is not simulated, and what it "
          + "allows happens only when someone submits it."
      ])
  }

  /// A signed Seaport order: its offer leaves and what comes back arrives, both dealt with
  /// whoever fills it, so "receive ≥ 10 ETH" and "nothing else" are checked against them.
  @Test func aSignedOrderIsCheckedAsWhatItTrades() throws {
    let bayc = Asset(kind: .nonFungible, contract: Self.bayc)
    let order = Intent(
      phrase: "Sign an order that offers", source: .signedOrder,
      pays: [IntentAmount(asset: bayc, amount: UInt256(1), bound: .exact, tokenId: "8520")],
      receives: [
        IntentAmount(
          asset: .ether, amount: UInt256(decimalString: "9750000000000000000")!, bound: .exact)
      ])
    var outcome = Outcome(
      chain: .evm, kind: .signatureRequest, signer: Self.signer,
      recipient: "0x0000000000000068F116a894984e2DB1123eB395", chainId: 1,
      method: "OrderComponents")
    outcome.intent = order
    #expect(
      try Self.check("receive ≥ 10 ETH", outcome).differences == [
        "It gives you 9.75 ETH, but you said at least 10 ETH."
      ])
    #expect(
      try Self.check("receive ≥ 9 ETH, nothing else", outcome).differences == [
        "It also sends token 8520 of the collection \(Self.bayc) to whoever fills the order, which "
          + "you did not mention."
      ])
  }

  @Test func removingAKeyIsADifferenceUnderNothingElse() throws {
    let removal = Effect.keyRemoved(account: Self.alice, key: "ed25519:K")
    #expect(
      try Self.check("nothing else", Self.near([removal], simulated: false)).differences == [
        "It removes the key ed25519:K from alice.near, which you did not mention."
      ])
  }

  @Test func replacingTheSignersCodeIsADifference() throws {
    let result = try Self.check(
      "no new keys, nothing else",
      Self.near([.codeDeployed(account: Self.alice, codeHash: "abc", size: 10)], simulated: false))
    #expect(
      result.differences == [
        "It replaces the code of your account alice.near, which you did not mention."
      ])
    #expect(result.basis == .declared)
    #expect(result.notes.count == 1)
  }

  @Test func aFunctionCallDepositIsAnOutflow() throws {
    let deposit = UInt256(decimalString: "2000000000000000000000000")!
    let call = Effect.call(from: Self.alice, to: "market.near", method: "buy", attached: deposit)
    #expect(
      try Self.check("send ≤ 2 NEAR, nothing else", Self.near([call], simulated: false)).verdict
        == .match)
    let result = try Self.check("send ≤ 1 NEAR", Self.near([call], simulated: false))
    #expect(result.differences == ["It sends 2 NEAR, but you said at most 1 NEAR."])
  }

  @Test func nftTransfersAreNamedByCollection() throws {
    let nft = Asset(kind: .nonFungible, contract: Self.bayc)
    let outcome = Outcome(
      chain: .evm, signer: Self.signer, recipient: Self.bayc, chainId: 1,
      declared: [.transfer(asset: nft, from: Self.signer, to: Self.other, amount: 1, tokenId: "7")])
    #expect(
      try Self.check("send = 1 \(Self.bayc) to \(Self.other), nothing else", outcome).verdict
        == .match)
    let result = try Self.check("nothing else", outcome)
    #expect(
      result.differences == [
        "It also sends token 7 of the collection \(Self.bayc) to \(Self.other), which you did not mention."
      ])
  }

  @Test func aDeclaredSwapIsCheckedAgainstItsBounds() throws {
    let usdc = Asset(kind: .fungible, contract: Self.usdc, symbol: "USDC", decimals: 6)
    let intent = Intent(
      phrase: "Swap", source: .decodedCommands, contract: Self.other,
      pays: [IntentAmount(asset: usdc, amount: UInt256(3_000_000_000), bound: .atMost)],
      receives: [
        IntentAmount(
          asset: .ether, amount: UInt256(decimalString: "990000000000000000"), bound: .atLeast)
      ])
    let outcome = Outcome(
      chain: .evm, signer: Self.signer, recipient: Self.other, chainId: 1, intent: intent)
    #expect(try Self.check("send ≤ 3000 USDC, receive ≥ 0.99 ETH", outcome).verdict == .match)
    let result = try Self.check("send ≤ 2000 USDC, receive ≥ 1 ETH", outcome)
    #expect(
      result.differences == [
        "It sends up to 3000 USDC, but you said at most 2000 USDC.",
        "It gives you at least 0.99 ETH, but you said at least 1 ETH.",
      ])
  }

  @Test func aSwapWhoseOutputGoesElsewhere() throws {
    let usdc = Asset(kind: .fungible, contract: Self.usdc, symbol: "USDC", decimals: 6)
    let intent = Intent(
      phrase: "Swap", source: .decodedCommands, contract: Self.other,
      receives: [IntentAmount(asset: usdc, amount: UInt256(2_990_000_000), bound: .atLeast)],
      recipient: "0x000000000000000000000000000000000000dEaD")
    let outcome = Outcome(
      chain: .evm, signer: Self.signer, recipient: Self.other, chainId: 1, intent: intent)
    #expect(
      try Self.check("receive ≥ 2990 USDC", outcome).differences == [
        "Its output goes to 0x000000000000000000000000000000000000dEaD, not to you: you receive no USDC."
      ])
    #expect(
      try Self.check("nothing else", outcome).differences == [
        "Its output goes to 0x000000000000000000000000000000000000dEaD, not to you, which you did not mention."
      ])
  }

  @Test func aTokenPosingAsAListedOneIsNotIt() throws {
    let fake = Asset(kind: .fungible, contract: Self.other, symbol: "USDC", decimals: 6)
    let outcome = Outcome(
      chain: .evm, signer: Self.signer, recipient: Self.other, chainId: 1,
      simulation: Simulation(
        status: .succeeded,
        effects: [
          .transfer(
            asset: fake, from: Self.other, to: Self.signer, amount: UInt256(3_000_000_000),
            tokenId: nil)
        ]))
    #expect(
      try Self.check("receive ≥ 3000 USDC", outcome).differences == [
        "It gives you 3000 USDC from the token \(Self.other), which is not the listed USDC.",
        "It gives you no USDC, but you said at least 3000 USDC.",
      ])
  }

  @Test func anUnlistedTickerIsMatchedBySymbolWithANote() throws {
    let odd = Asset(kind: .fungible, contract: Self.other, symbol: "ZZQX", decimals: 2)
    let outcome = Outcome(
      chain: .evm, signer: Self.signer, recipient: Self.other, chainId: 1,
      declared: [.transfer(asset: odd, from: Self.signer, to: Self.usdc, amount: 150, tokenId: nil)]
    )
    let result = try Self.check("send ≤ 1.5 ZZQX", outcome)
    #expect(result.verdict == .match)
    #expect(result.notes.contains { $0.hasPrefix("ZZQX is not in txray's token list") })
  }

  @Test func aClearedDelegationIsStillADelegation() throws {
    let outcome = Outcome(
      chain: .evm, signer: Self.signer, recipient: Self.signer, chainId: 1,
      declared: [.delegationSet(authority: Self.signer, delegate: nil, chainId: 1)])
    #expect(
      try Self.check("nothing else", outcome).differences == [
        "It clears the delegation of \(Self.signer), which you did not mention."
      ])
  }

  /// Handing the account over voids every bound, so it is a difference under any expectation
  /// that does not speak of it: "send ≤ 1 ETH" matched a delegation to an attacker's code.
  @Test func handingTheAccountOverIsADifferenceUnlessNamed() throws {
    let code = "0x2222222222222222222222222222222222222222"
    let delegated = Outcome(
      chain: .evm, signer: Self.signer, recipient: Self.signer, chainId: 1,
      declared: [.delegationSet(authority: Self.signer, delegate: code, chainId: 1)])
    let takeover =
      "It makes \(Self.signer) run the code of \(code), which you did not mention: that code can "
      + "move anything \(Self.signer) holds, now and later."
    #expect(try Self.check("send ≤ 1 ETH", delegated).differences == [takeover])
    #expect(try Self.check("send ≤ 1 ETH, nothing else", delegated).differences == [takeover])
    #expect(try Self.check("delegate to \(code), nothing else", delegated).differences.isEmpty)
    let fullKey = Self.near(
      [.keyAdded(account: Self.alice, key: "ed25519:K", access: .fullAccess)], simulated: false)
    let added =
      "It adds a full-access key to alice.near (one that can do anything the account can), "
      + "which you did not mention."
    #expect(try Self.check("send ≤ 1 NEAR", fullKey).differences == [added])
    #expect(try Self.check("nothing else", fullKey).differences == [added])
    #expect(
      try Self.check("no new keys", fullKey).differences == [
        "It adds a full-access key to alice.near (one that can do anything the account can)."
      ])
  }

  @Test func aFeeLeftToTheWalletCannotBeChecked() throws {
    let outcome = Outcome(chain: .evm, signer: Self.signer, recipient: Self.other, chainId: 1)
    #expect(
      try Self.check("fee ≤ 0.01 ETH", outcome).differences == [
        "Its fee is left to the wallet, so fee ≤ 0.01 ETH cannot be checked."
      ])
    #expect(
      try Self.check("fee ≤ 0.01 USDC", outcome).differences == ["Fees are paid in ETH, not USDC."])
  }

  @Test func theChainsCoinIsItsOwn() throws {
    let pol = Asset(kind: .native, symbol: "POL", name: "POL", decimals: 18)
    let outcome = Outcome(
      chain: .evm, signer: Self.signer, recipient: Self.other, chainId: 137,
      declared: [
        .transfer(
          asset: pol, from: Self.signer, to: Self.other,
          amount: UInt256(decimalString: "2000000000000000000")!, tokenId: nil)
      ],
      nativeAsset: pol)
    #expect(try Self.check("send ≤ 2 POL, on polygon, nothing else", outcome).verdict == .match)
    // ETH is not Polygon's coin: the POL that leaves is not mentioned.
    #expect(
      try Self.check("send ≤ 2 ETH, nothing else", outcome).differences == [
        "It also sends 2 POL to \(Self.other), which you did not mention."
      ])
  }
}
