import TxrayCore

/// How large an allowance is, for the allowance and permit rules and for the words the
/// narrator uses.
///
/// - unlimited: the largest value of a type apps use to mean "never runs out": uint256 (ERC-20
///   `approve(type(uint256).max)`), uint160 (Permit2 amounts), uint96 (COMP/UNI-style tokens,
///   which store balances in 96 bits and treat their maximum as infinite).
/// - very large: at least 2^128 base units. No token's supply comes near it (even at 18
///   decimals it is 3.4 × 10^20 whole tokens), so such an amount is unlimited in effect; apps
///   use odd values like 2^255 or 10^60 to slip past checks for the maximum.
public enum AllowanceSize: Equatable, Sendable {
  case unlimited, veryLarge, bounded

  public init(_ amount: UInt256) {
    if Self.unlimitedSentinels.contains(amount) {
      self = .unlimited
    } else if amount >= Self.veryLargeThreshold {
      self = .veryLarge
    } else {
      self = .bounded
    }
  }

  static let veryLargeThreshold = UInt256(1) << 128
  static let unlimitedSentinels: Set<UInt256> = [
    .max, (UInt256(1) << 160) - 1, (UInt256(1) << 96) - 1,
  ]

  /// Unlimited or very large: the spender can take everything the owner holds.
  public var isEffectivelyUnlimited: Bool { self != .bounded }

  /// How a table cell shows an allowance of `asset` (its name): "UNLIMITED USDC", "practically
  /// UNLIMITED USDC", or nil for a bounded one, which shows its amount. A 2^160-1 Permit2
  /// allowance written out in whole tokens reads as a number, not as "everything".
  public func cell(_ asset: String) -> String? {
    switch self {
    case .unlimited: "UNLIMITED " + asset
    case .veryLarge: "practically UNLIMITED " + asset
    case .bounded: nil
    }
  }
}
