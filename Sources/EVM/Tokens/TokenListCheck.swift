import TxrayCore

/// Compares what token contracts said about themselves in simulation with what txray's token
/// list (or a descriptor) says about them. Chain state is what is shown; a contradiction is kept
/// so a rule can say a token may be posing as another.
public enum TokenListCheck {
  public static func mismatches(
    _ onChain: [Address: TokenMetadata], chainId: UInt256, clearSigning: ClearSigning
  ) -> [TokenMismatch] {
    onChain.sorted { $0.key < $1.key }.compactMap { address, metadata in
      guard let listed = clearSigning.tokenInfo(chainId: chainId, address: address) else {
        return nil
      }
      return TokenMismatch.between(
        contract: address.checksummed,
        listed: TokenList.Entry(
          symbol: listed.ticker, decimals: listed.decimals,
          source: listed.source ?? "token list"),
        chainSymbol: metadata.symbol, chainDecimals: metadata.decimals)
    }
  }
}
