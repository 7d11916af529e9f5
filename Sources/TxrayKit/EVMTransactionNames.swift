import EVM
import TxrayCore

/// Names a person recognises for transaction types and the networks they are bound to.
enum EVMTransactionNames {
  static func typeName(_ type: TransactionType) -> String {
    switch type {
    case .legacy: return "legacy"
    case .accessList: return "EIP-2930"
    case .dynamicFee: return "EIP-1559"
    case .blob: return "EIP-4844"
    case .setCode: return "EIP-7702"
    }
  }

  /// Networks common enough that a signer should see the name, not a number. The native coin
  /// symbol is what `value` and fees are paid in there.
  private static let networks: [UInt64: (name: String, symbol: String)] = [
    1: ("Ethereum mainnet", "ETH"),
    10: ("OP Mainnet", "ETH"),
    56: ("BNB Smart Chain", "BNB"),
    100: ("Gnosis", "xDAI"),
    137: ("Polygon PoS", "POL"),
    324: ("zkSync Era", "ETH"),
    8453: ("Base", "ETH"),
    42161: ("Arbitrum One", "ETH"),
    43114: ("Avalanche C-Chain", "AVAX"),
    59144: ("Linea", "ETH"),
    534352: ("Scroll", "ETH"),
    17000: ("Holesky testnet", "ETH"),
    560048: ("Hoodi testnet", "ETH"),
    11155111: ("Sepolia testnet", "ETH"),
  ]

  static func networkName(chainId: UInt256?) -> String {
    guard let chainId else { return "any network (no chain id: replayable on every EVM chain)" }
    if let id = chainId.uint64Value, let known = networks[id] {
      return "\(known.name) (chain \(chainId.decimalString))"
    }
    return "chain \(chainId.decimalString)"
  }

  /// The coin amounts are shown in; "ETH" where the chain is unknown, since the unit is still wei.
  static func nativeSymbol(chainId: UInt256?) -> String {
    guard let id = chainId?.uint64Value, let known = networks[id] else { return "ETH" }
    return known.symbol
  }
}
