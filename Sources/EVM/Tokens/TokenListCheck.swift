import TxrayCore

/// Compares what token contracts said about themselves in simulation with what txray's token
/// list (or a descriptor) says about them. Chain state is what is shown; a contradiction is kept
/// so a rule can say a token may be posing as another.
public enum TokenListCheck {
  /// Symbols are compared without case: CoinGecko's lists upper-case every symbol ("STETH" for
  /// the contract's "stETH"), which is no contradiction. Decimals must be equal.
  public static func mismatches(
    _ onChain: [Address: TokenMetadata], chainId: UInt256, clearSigning: ClearSigning
  ) -> [TokenMismatch] {
    onChain.sorted { $0.key < $1.key }.compactMap { address, metadata in
      guard let listed = clearSigning.tokenInfo(chainId: chainId, address: address) else {
        return nil
      }
      let symbolDiffers = metadata.symbol.map { $0.lowercased() != listed.ticker.lowercased() }
      let decimalsDiffer = metadata.decimals.map { $0 != listed.decimals }
      guard symbolDiffers == true || decimalsDiffer == true else { return nil }
      return TokenMismatch(
        contract: address.checksummed, listedSymbol: listed.ticker,
        listedDecimals: listed.decimals, listSource: listed.source ?? "token list",
        chainSymbol: metadata.symbol, chainDecimals: metadata.decimals)
    }
  }
}
