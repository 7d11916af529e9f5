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
