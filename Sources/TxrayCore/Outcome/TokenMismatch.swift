/// A token whose on-chain metadata contradicts the token list txray named it from: chain state
/// wins for what is shown, and the contradiction is a finding (a token posing as another).
public struct TokenMismatch: Sendable, Hashable {
  public var contract: String
  public var listedSymbol: String
  public var listedDecimals: Int
  /// Which list said so.
  public var listSource: String
  public var chainSymbol: String?
  public var chainDecimals: Int?

  public init(
    contract: String, listedSymbol: String, listedDecimals: Int, listSource: String,
    chainSymbol: String?, chainDecimals: Int?
  ) {
    self.contract = contract
    self.listedSymbol = listedSymbol
    self.listedDecimals = listedDecimals
    self.listSource = listSource
    self.chainSymbol = chainSymbol
    self.chainDecimals = chainDecimals
  }
}

extension TokenMismatch {
  /// The contradiction between a listed token and what its contract said on chain; nil when
  /// they agree. Symbols are compared without case: CoinGecko's lists upper-case every symbol
  /// ("STETH" for the contract's "stETH"), which is no contradiction. Decimals must be equal.
  public static func between(
    contract: String, listed: TokenList.Entry, chainSymbol: String?, chainDecimals: Int?
  ) -> TokenMismatch? {
    let symbolDiffers = chainSymbol.map { $0.lowercased() != listed.symbol.lowercased() }
    let decimalsDiffer = chainDecimals.map { $0 != listed.decimals }
    guard symbolDiffers == true || decimalsDiffer == true else { return nil }
    return TokenMismatch(
      contract: contract, listedSymbol: listed.symbol, listedDecimals: listed.decimals,
      listSource: listed.source, chainSymbol: chainSymbol, chainDecimals: chainDecimals)
  }
}
