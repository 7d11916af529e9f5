import TxrayCore

/// Tickers and decimals of the few tokens most permits and approvals name, so a signer sees
/// "USDC" rather than a bare address even with no descriptor for the token installed. Only
/// contracts whose metadata cannot change (fixed at deployment) are listed.
enum KnownTokens {
  private static let mainnet: [String: TokenInfo] = [
    "0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48": TokenInfo(ticker: "USDC", decimals: 6),
    "0xdac17f958d2ee523a2206206994597c13d831ec7": TokenInfo(ticker: "USDT", decimals: 6),
    "0x6b175474e89094c44da98b954eedeac495271d0f": TokenInfo(ticker: "DAI", decimals: 18),
    "0xc02aaa39b223fe8d0a0e5c4f27ead9083c756cc2": TokenInfo(ticker: "WETH", decimals: 18),
    "0x2260fac5e5542a773aa44fbcfedf7c193bc2c599": TokenInfo(ticker: "WBTC", decimals: 8),
  ]

  static func lookup(chainId: UInt256, address: Address) -> TokenInfo? {
    chainId == 1 ? mainnet[address.lowercaseHex] : nil
  }
}
