import TxrayCore

/// A network an EVM transaction can be bound to, as a signer knows it: its name and the coin
/// `value` and fees are paid in. The one table every part of txray reads, so a chain never says
/// POL in one place and ETH in another.
public struct EVMChain: Sendable, Hashable {
  public let id: UInt64
  public let name: String
  /// The native coin's ticker and name; every chain listed counts it in 18 decimals.
  public let nativeSymbol: String
  public let nativeName: String

  /// Networks common enough that a signer should see the name, not a number.
  public static let known: [EVMChain] = [
    EVMChain(id: 1, name: "Ethereum mainnet", nativeSymbol: "ETH", nativeName: "Ether"),
    EVMChain(id: 10, name: "OP Mainnet", nativeSymbol: "ETH", nativeName: "Ether"),
    EVMChain(id: 56, name: "BNB Smart Chain", nativeSymbol: "BNB", nativeName: "BNB"),
    EVMChain(id: 100, name: "Gnosis", nativeSymbol: "xDAI", nativeName: "xDAI"),
    EVMChain(id: 137, name: "Polygon PoS", nativeSymbol: "POL", nativeName: "POL"),
    EVMChain(id: 324, name: "zkSync Era", nativeSymbol: "ETH", nativeName: "Ether"),
    EVMChain(id: 8453, name: "Base", nativeSymbol: "ETH", nativeName: "Ether"),
    EVMChain(id: 42161, name: "Arbitrum One", nativeSymbol: "ETH", nativeName: "Ether"),
    EVMChain(id: 43114, name: "Avalanche C-Chain", nativeSymbol: "AVAX", nativeName: "Avalanche"),
    EVMChain(id: 59144, name: "Linea", nativeSymbol: "ETH", nativeName: "Ether"),
    EVMChain(id: 534352, name: "Scroll", nativeSymbol: "ETH", nativeName: "Ether"),
    EVMChain(id: 17000, name: "Holesky testnet", nativeSymbol: "ETH", nativeName: "Holesky Ether"),
    EVMChain(id: 560048, name: "Hoodi testnet", nativeSymbol: "ETH", nativeName: "Hoodi Ether"),
    EVMChain(
      id: 11_155_111, name: "Sepolia testnet", nativeSymbol: "ETH", nativeName: "Sepolia Ether"),
  ]

  private static let byId: [UInt64: EVMChain] = Dictionary(
    uniqueKeysWithValues: known.map { ($0.id, $0) })

  /// The chain with this id, when txray knows it.
  public static func named(_ chainId: UInt256?) -> EVMChain? {
    chainId?.uint64Value.flatMap { byId[$0] }
  }

  /// "Ethereum mainnet (chain 1)", "chain 5000" for an unknown id, and a plain warning when
  /// there is none.
  public static func networkName(chainId: UInt256?) -> String {
    guard let chainId else { return "any network (no chain id: replayable on every EVM chain)" }
    guard let chain = named(chainId) else { return "chain \(chainId.decimalString)" }
    return "\(chain.name) (chain \(chainId.decimalString))"
  }

  /// The coin amounts are counted in: the chain's own, or "ETH" when the chain is unknown, since
  /// the unit is still 10^-18 of the coin.
  public static func nativeAsset(chainId: UInt256?) -> Asset {
    guard let chain = named(chainId) else { return .ether }
    return Asset(kind: .native, symbol: chain.nativeSymbol, name: chain.nativeName, decimals: 18)
  }
}
