import EVM
import TxrayCore

/// The amount a call named only by txray's registry states, as a field of its intent, so that
/// "You supply to Aave" says how much: the token in an `asset` or `token` argument (Aave, Compound)
/// and the `amount` beside it, or the contract's own token when the call names none (WETH's
/// `withdraw(amount)`). None when the call has no such pair; the largest amount reads "all", as
/// lending pools take it (withdraw or repay everything).
enum RegistryCallAmount {
  static func fields(of call: DecodedCall, contract: Address?, tokens: CallEffects) -> [IntentField]
  {
    guard let amount = uint(named: "amount", in: call) else { return [] }
    let token = address(namedAnyOf: ["asset", "token"], in: call)
    // Without a token argument only the contract itself can be the token, and only when the
    // token list says it is one (WETH); a bare amount of nothing named says nothing.
    let asset: Asset
    if let token {
      asset = tokens.fungible(token)
    } else if let contract, tokens.fungible(contract).decimals != nil {
      asset = tokens.fungible(contract)
    } else {
      return []
    }
    return [IntentField(label: "Amount", value: text(amount, of: asset), format: "tokenAmount")]
  }

  private static func text(_ amount: UInt256, of asset: Asset) -> String {
    let symbol = asset.symbol.map(TerminalSafeText.sanitize)
    if amount == .max { return "all " + (symbol ?? "of the token at \(asset.contract ?? "?")") }
    guard let decimals = asset.decimals, let symbol else {
      return "\(amount.decimalString) base units of the token at \(asset.contract ?? "?")"
    }
    return Amount(units: amount, decimals: decimals, symbol: symbol).description
  }

  private static func uint(named name: String, in call: DecodedCall) -> UInt256? {
    let matches = call.arguments.filter { $0.name == name }
    guard matches.count == 1, case .uint(let value) = matches[0].value else { return nil }
    return value
  }

  private static func address(namedAnyOf names: [String], in call: DecodedCall) -> Address? {
    let matches = call.arguments.filter { names.contains($0.name) }
    guard matches.count == 1, case .address(let value) = matches[0].value else { return nil }
    return value
  }
}
