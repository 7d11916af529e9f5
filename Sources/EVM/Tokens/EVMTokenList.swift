import TxrayCore

/// The ERC-20 tokens txray names offline on the chains it knows, built by
/// `scripts/gen-token-lists.py` from public token lists (the generated table is
/// `BundledEVMTokens.swift`).
public enum BundledEVMTokens {
  /// The table parsed once, on first use.
  public static let list = TokenList(table: table, sources: sources)
}
