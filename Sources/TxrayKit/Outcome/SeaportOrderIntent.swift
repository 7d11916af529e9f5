import EVM
import TxrayCore

/// What a signed Seaport order does once someone fills it: the offerer gives the offer items,
/// and the consideration items go to their recipients, the offerer's part "what comes back".
/// Nothing moves when it is signed; whoever holds the signature may fill it until its end
/// time. A Dutch auction's amounts move between start and end, so the offer is told at the
/// larger of the two (at most) and what the offerer gets at the smaller (at least).
enum SeaportOrderIntent {
  static func of(
    _ summary: TypedDataSummary, offerer: Address?, contract: Address?, reader: CallEffects
  ) -> Intent {
    let native = EVMChain.nativeAsset(chainId: reader.chainId)
    func part(_ item: TypedDataSummary.SeaportItem, largest: Bool) -> IntentAmount? {
      guard let asset = asset(item, native: native, reader: reader) else { return nil }
      let varies = item.startAmount != item.endAmount
      let amount =
        largest
        ? max(item.startAmount, item.endAmount) : min(item.startAmount, item.endAmount)
      let criteria = [4, 5].contains(item.itemType.uint64Value ?? 0)
      return IntentAmount(
        asset: asset, amount: amount,
        bound: varies ? (largest ? .atMost : .atLeast) : .exact,
        party: largest ? item.recipient?.checksummed : nil,
        // An item chosen by criteria (a Merkle root of ids, 0 for any) names no one token.
        tokenId: asset.kind == .native || asset.kind == .fungible || criteria
          ? nil : item.identifierOrCriteria.decimalString)
    }
    let toOfferer = summary.consideration.filter { offerer != nil && $0.recipient == offerer }
    let toOthers = summary.consideration.filter { offerer == nil || $0.recipient != offerer }
    return Intent(
      phrase: "Sign an order that offers", source: .signedOrder, contract: contract?.checksummed,
      pays: summary.offer.compactMap { part($0, largest: true) },
      receives: toOfferer.compactMap { part($0, largest: false) },
      fees: toOthers.compactMap { part($0, largest: true) },
      fields: [
        IntentField(
          label: "Valid until",
          value: UTCTime.text(summary.deadline.map { $0.uint64Value ?? .max }), format: "date")
      ])
  }

  /// Item types 0 native, 1 ERC-20, 2 and 4 ERC-721, 3 and 5 ERC-1155; nil for any other.
  private static func asset(
    _ item: TypedDataSummary.SeaportItem, native: Asset, reader: CallEffects
  ) -> Asset? {
    switch item.itemType.uint64Value {
    case 0: return native
    case 1: return reader.fungible(item.token)
    case 2, 4: return Asset(kind: .nonFungible, contract: item.token.checksummed)
    case 3, 5: return Asset(kind: .multiToken, contract: item.token.checksummed)
    default: return nil
    }
  }
}
