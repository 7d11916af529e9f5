import TxrayCore

/// Compares what NEP-141 contracts said about themselves in simulation (`ft_metadata`) with the
/// token list txray names them from. Chain state is what is shown; a contradiction is kept so a
/// rule can say a token may be posing as another, as on EVM (`TokenListCheck`).
public enum NEARTokenListCheck {
  public static func mismatches(_ onChain: [AccountId: NEARTokenMetadata], list: TokenList)
    -> [TokenMismatch]
  {
    onChain.sorted { $0.key.description < $1.key.description }.compactMap { account, metadata in
      let contract = account.description
      guard let listed = list.lookup(TokenList.near, contract) else { return nil }
      return TokenMismatch.between(
        contract: contract, listed: listed, chainSymbol: metadata.symbol,
        chainDecimals: metadata.decimals)
    }
  }
}
