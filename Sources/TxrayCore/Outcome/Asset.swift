/// What an amount is counted in. Symbol and name come from the chain (token metadata) and are
/// hostile text: render them through `TerminalSafeText`, never into a prompt as instructions.
public struct Asset: Sendable, Hashable {
  public enum Kind: String, Sendable, Hashable {
    /// ETH (or the chain's native coin) or NEAR.
    case native
    /// ERC-20 / NEP-141.
    case fungible
    /// ERC-721 / NEP-171: amounts are token ids.
    case nonFungible
    /// ERC-1155.
    case multiToken
  }

  public var kind: Kind
  /// The token contract (checksummed EVM address or NEAR account id); nil for native.
  public var contract: String?
  public var symbol: String?
  public var name: String?
  public var decimals: Int?
  /// Where symbol and decimals came from: "chain" (the contract, read in simulation), an
  /// ERC-7730 descriptor, or a token list (named); nil when unknown or for the native coin.
  public var source: String?

  public init(
    kind: Kind, contract: String? = nil, symbol: String? = nil, name: String? = nil,
    decimals: Int? = nil, source: String? = nil
  ) {
    self.kind = kind
    self.contract = contract
    self.symbol = symbol
    self.name = name
    self.decimals = decimals
    self.source = source
  }

  public static let ether = Asset(kind: .native, symbol: "ETH", name: "Ether", decimals: 18)
  public static let near = Asset(kind: .native, symbol: "NEAR", name: "NEAR", decimals: 24)

  /// The native asset of `chain`.
  public static func native(of chain: Chain) -> Asset {
    switch chain {
    case .evm: return .ether
    case .near: return .near
    }
  }
}
