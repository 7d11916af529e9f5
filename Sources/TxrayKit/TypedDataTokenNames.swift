import EVM
import TxrayCore

/// Token amounts from typed data in words: "1000 USDC", "UNLIMITED USDC", or base units and the
/// token's address when its decimals are not known.
struct TypedDataTokenNames {
  let clearSigning: ClearSigning
  let chainId: UInt256?

  func amount(_ token: TypedDataSummary.TokenAmount) -> String {
    let info = chainId.flatMap { clearSigning.tokenInfo(chainId: $0, address: token.token) }
    if token.isUnlimited {
      return "UNLIMITED " + (info?.ticker ?? "of token \(token.token.checksummed)")
    }
    guard let info else {
      return "\(token.amount.decimalString) base units of token \(token.token.checksummed)"
    }
    return Amount(units: token.amount, decimals: info.decimals, symbol: info.ticker).description
  }

  /// A Seaport item: "9.75 ETH", "ERC-721 #8520 of 0xBC4C…", "5 ERC-1155 #3 of 0x…".
  func item(_ item: TypedDataSummary.SeaportItem) -> String {
    let amount =
      item.startAmount == item.endAmount
      ? item.startAmount.decimalString
      : "\(item.startAmount.decimalString) to \(item.endAmount.decimalString)"
    switch item.itemType.uint64Value {
    case 0:
      let symbol = chainId == 1 ? "ETH" : "native units"
      if item.startAmount == item.endAmount {
        return Amount(units: item.startAmount, decimals: 18, symbol: symbol).description
      }
      return "\(amount) wei (\(symbol), amount changes over time)"
    case 1:
      let info = chainId.flatMap { clearSigning.tokenInfo(chainId: $0, address: item.token) }
      if let info, item.startAmount == item.endAmount {
        return Amount(units: item.startAmount, decimals: info.decimals, symbol: info.ticker)
          .description
      }
      return "\(amount) base units of token \(item.token.checksummed)"
    default:
      let count = amount == "1" ? "" : "\(amount) × "
      return
        "\(count)\(item.itemTypeName) #\(item.identifierOrCriteria.decimalString) of \(item.token.checksummed)"
    }
  }
}
