import TxrayCore

/// The coin value and fees are paid in: the asset of a declared native transfer when the
/// outcome builder named it (POL on Polygon, BNB on BSC), else the chain's default.
enum NativeAsset {
  static func of(_ outcome: Outcome) -> Asset {
    for effect in outcome.declared {
      if case .transfer(let asset, _, _, _, _) = effect, asset.kind == .native { return asset }
    }
    return .native(of: outcome.chain)
  }
}
