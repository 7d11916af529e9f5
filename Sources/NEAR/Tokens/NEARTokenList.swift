import TxrayCore

/// The NEP-141 tokens of NEAR mainnet txray names offline, built by `scripts/gen-token-lists.py`
/// (the generated table is `BundledNEARTokens.swift`).
public enum BundledNEARTokens {
  /// The table parsed once, on first use.
  public static let list = TokenList(table: table, sources: sources)
}
