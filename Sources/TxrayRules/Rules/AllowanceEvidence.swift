import TxrayCore

/// Evidence values the allowance rules share.
enum AllowanceEvidence {
  /// "unlimited", "<n> base units (practically unlimited)" or the formatted amount.
  static func amount(_ units: UInt256, of asset: Asset) -> String {
    switch AllowanceSize(units) {
    case .unlimited: return "unlimited"
    case .veryLarge: return units.decimalString + " base units (practically unlimited)"
    case .bounded: return FactText.amount(units, of: asset)
    }
  }

  static func token(_ asset: Asset) -> String {
    asset.contract.map { FactText.assetName(asset) + " at " + $0 } ?? FactText.assetName(asset)
  }
}
