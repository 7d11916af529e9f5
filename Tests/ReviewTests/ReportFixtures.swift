import TxrayCore

/// Reports shaped like the ones txray builds for the bundled samples.
enum ReportFixtures {
  static let signer = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"
  static let usdc = "0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48"
  static let permit2 = "0x000000000022D473030F116dDEE9F6B43aC78BA3"

  static func token(symbol: String = "USDC", name: String = "USD Coin") -> Asset {
    Asset(kind: .fungible, contract: usdc, symbol: symbol, name: name, decimals: 6)
  }

  /// `samples/erc20-approve-unlimited.hex`: an unlimited USDC approval to Permit2.
  static func unlimitedApproval(
    symbol: String = "USDC", findings: [Finding]? = nil,
    explanation: ExplanationText? = nil
  ) -> Report {
    let outcome = Outcome(
      chain: .evm, signer: signer, recipient: usdc, value: .zero,
      feeCeiling: UInt256(1_800_000_000_000_000), chainId: 1, method: "approve",
      declared: [
        .allowance(
          asset: token(symbol: symbol), owner: signer, spender: permit2, amount: .max,
          expiry: nil, mechanism: "approve")
      ])
    let critical = Finding(
      rule: "evm.unlimited-allowance", severity: .critical,
      message: "Unlimited \(symbol) allowance to \(permit2)",
      evidence: [.init("spender", permit2), .init("amount", "unlimited")])
    let detail = Claim(
      id: "detail", kind: .detail,
      wordings: ["{spender} can move every {token} you hold, now and later, until you revoke it."],
      roles: ["spender": .spender, "token": .asset])
    let narration = Narration(
      headlineTemplate: "You allow {spender} to spend all of your {token}", claims: [detail],
      bodyComposition: Composition([.init(claim: "detail")]),
      slots: [.init(name: "spender", value: permit2), .init(name: "token", value: symbol)])
    return Report(
      outcome: outcome, findings: findings ?? [critical], narration: narration,
      explanation: explanation
        ?? ExplanationText(text: narration.headline + ". " + narration.body, source: .rules),
      fields: [
        ("network", "Ethereum mainnet (chain 1)"), ("from", signer), ("to", usdc),
        ("value", "0 ETH"), ("nonce", "8"),
      ],
      json: .object([
        ("chain", .string("evm")), ("typeName", .string("EIP-1559")),
        ("to", .string(usdc)),
        ("call", .object([("function", .string("approve")), ("arguments", .array([]))])),
      ]))
  }

  /// A plain ETH transfer with no findings.
  static func ethTransfer() -> Report {
    let to = "0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045"
    let outcome = Outcome(
      chain: .evm, signer: signer, recipient: to, value: UInt256(1_500_000_000_000_000_000),
      feeCeiling: UInt256(630_000_000_000_000), chainId: 1,
      declared: [
        .transfer(
          asset: .ether, from: signer, to: to, amount: UInt256(1_500_000_000_000_000_000),
          tokenId: nil)
      ])
    return Report(
      outcome: outcome, findings: [],
      narration: Narration(
        headlineTemplate: "You send 1.5 ETH", claims: [], bodyComposition: Composition([]),
        slots: []),
      explanation: ExplanationText(text: "You send 1.5 ETH to \(to).", source: .rules),
      fields: [("network", "Ethereum mainnet (chain 1)")], json: .object([]))
  }
}
