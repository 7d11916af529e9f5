import TxrayCore
import TxrayRules

/// Accounts and assets the rule and narrator tests share: the same ones the repository's
/// samples use (Hardhat account #0 as signer, USDC, Permit2, Uniswap's Universal Router).
enum RuleFixtures {
  static let signer = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"
  static let usdcAddress = "0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48"
  static let permit2 = "0x000000000022D473030F116dDEE9F6B43aC78BA3"
  static let router = "0x66a9893cC07D91D95644AEDD05D03f95e1dBA8Af"
  static let vitalik = "0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045"
  /// Same first four and last four hex digits as `vitalik`, a different address.
  static let vitalikLookalike = "0xd8dA000000000000000000000000000000006045"
  static let delegateCode = "0x63c0c19a282a1B52b07dD5a65b58948A07DAE32B"

  static let usdc = Asset(kind: .fungible, contract: usdcAddress, symbol: "USDC", decimals: 6)
  static let maxUInt160 = (UInt256(1) << 160) - 1

  static func approve(
    _ amount: UInt256, spender: String = permit2, asset: Asset = usdc,
    mechanism: String = "approve",
    expiry: UInt64? = nil
  ) -> Effect {
    .allowance(
      asset: asset, owner: signer, spender: spender, amount: amount, expiry: expiry,
      mechanism: mechanism)
  }

  /// A signed EIP-1559 call to `to` as the EVM outcome builder declares it.
  static func evmCall(
    to: String = usdcAddress, value: UInt256 = .zero, method: String? = "approve",
    effects: [Effect], fee: UInt256 = UInt256(1_800_000_000_000_000)
  ) -> Outcome {
    Outcome(
      chain: .evm, signer: signer, recipient: to, value: value, feeCeiling: fee, chainId: 1,
      method: method, declared: effects)
  }

  static func nearTransaction(
    signer: String = "alice.near", receiver: String = "alice.near", effects: [Effect],
    value: UInt256 = .zero, kind: Outcome.Kind = .transaction
  ) -> Outcome {
    Outcome(
      chain: .near, kind: kind, signer: signer, recipient: receiver, value: value,
      feeCeiling: UInt256(30_000_000_000_000) * UInt256(1_000_000_000), declared: effects)
  }

  static func near(_ whole: UInt64) -> UInt256 {
    UInt256(whole) * UInt256(1_000_000_000_000) * UInt256(1_000_000_000_000)
  }

  static func rules(
    _ outcome: Outcome, book: AddressBook = AddressBook()
  ) -> [String] {
    RiskRules.evaluate(outcome, addressBook: book).map(\.rule)
  }
}
