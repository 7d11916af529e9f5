import TxrayCore

/// What txray knows of the assets on the transaction's network, for reading the tickers and
/// contracts an expectation names.
public struct AssetKnowledge: Sendable {
  /// The coin `value` and fees are paid in (ETH, POL, NEAR …).
  public var native: Asset
  /// The token list's network ("evm:1", "near"); nil when the network is not known.
  public var network: TokenList.Network?
  public var tokens: TokenList

  public init(native: Asset, network: TokenList.Network?, tokens: TokenList) {
    self.native = native
    self.network = network
    self.tokens = tokens
  }

  /// The asset `reference` names: the native coin when the ticker is its symbol, else every
  /// listed token with that ticker, else (unlisted) whatever token states that symbol, which any
  /// token can claim and which the check says.
  func resolve(_ reference: AssetReference) -> ResolvedAsset {
    switch reference {
    case .contract(let contract):
      let entry = network.flatMap { tokens.lookup($0, contract) }
      return ResolvedAsset(
        identity: .contracts([TokenList.normalized(contract)]), decimals: entry?.decimals,
        label: entry.map { "\($0.symbol) (\(contract))" } ?? "the token \(contract)",
        symbol: entry?.symbol)
    case .symbol(let symbol):
      if let nativeSymbol = native.symbol, nativeSymbol.lowercased() == symbol.lowercased() {
        return ResolvedAsset(
          identity: .native, decimals: native.decimals, label: nativeSymbol, symbol: nativeSymbol)
      }
      let listed = network.map { tokens.tokens(symbol: symbol, on: $0) } ?? []
      guard !listed.isEmpty else {
        return ResolvedAsset(
          identity: .unlistedSymbol(symbol.lowercased()), decimals: nil, label: symbol,
          symbol: symbol)
      }
      let decimals = Set(listed.map(\.entry.decimals))
      return ResolvedAsset(
        identity: .contracts(Set(listed.map(\.contract))),
        decimals: decimals.count == 1 ? decimals.first : nil, label: listed[0].entry.symbol,
        symbol: listed[0].entry.symbol)
    }
  }
}

/// An asset of the expectation, resolved: which effects' assets it matches, and its decimals
/// when known apart from the effects.
struct ResolvedAsset: Sendable {
  enum Identity: Sendable, Equatable {
    case native
    /// Listed contracts, in the token list's key form.
    case contracts(Set<String>)
    /// A ticker no list knows on this network: matched by the symbol a token states.
    case unlistedSymbol(String)
  }

  let identity: Identity
  let decimals: Int?
  /// How differences name it.
  let label: String
  /// Its ticker, for the amounts differences print.
  let symbol: String?

  func matches(_ asset: Asset) -> Bool {
    switch identity {
    case .native:
      return asset.kind == .native
    case .contracts(let contracts):
      guard asset.kind != .native, let contract = asset.contract else { return false }
      return contracts.contains(TokenList.normalized(contract))
    case .unlistedSymbol(let symbol):
      return asset.kind != .native && asset.symbol?.lowercased() == symbol
    }
  }

  /// Whether `asset` is not this one yet states the same ticker: a token posing as it.
  func isPosing(_ asset: Asset) -> Bool {
    guard case .contracts = identity, let symbol, !matches(asset) else { return false }
    return asset.kind != .native && asset.symbol?.lowercased() == symbol.lowercased()
  }

  var isUnlisted: Bool {
    if case .unlistedSymbol = identity { return true }
    return false
  }
}
