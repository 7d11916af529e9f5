import Foundation
import TxrayCore

/// NEP-297 event logs (`EVENT_JSON:{…}`) of NEP-141 and NEP-171 contracts turned into token
/// effects. The log is the contract's own claim, so only logs of receipts that succeeded are
/// read, the token is the account that wrote the log, and anything malformed is skipped.
enum TokenEvents {
  static let prefix = "EVENT_JSON:"

  static func effects(token: AccountId, log: String) -> [NEARSimulatedEffect] {
    guard log.hasPrefix(prefix),
      let root = try? JSONSerialization.jsonObject(
        with: Data(log.utf8.dropFirst(prefix.utf8.count)))
        as? [String: Any],
      let standardName = root["standard"] as? String,
      let standard = NEARTokenStandard(rawValue: standardName),
      let event = root["event"] as? String,
      let items = root["data"] as? [[String: Any]]
    else { return [] }
    return items.compactMap { item in effect(standard, token: token, event: event, item) }
  }

  private static func effect(
    _ standard: NEARTokenStandard, token: AccountId, event: String, _ item: [String: Any]
  ) -> NEARSimulatedEffect? {
    func account(_ key: String) -> AccountId? { (item[key] as? String).flatMap(AccountId.init) }
    let amount = (item["amount"] as? String).flatMap(UInt256.init(decimalString:))
    let tokenIds = item["token_ids"] as? [String] ?? []
    let memo = item["memo"] as? String
    switch (standard, event) {
    case (.nep141, "ft_transfer"), (.nep171, "nft_transfer"):
      guard let from = account("old_owner_id"), let to = account("new_owner_id"),
        standard == .nep171 || amount != nil
      else { return nil }
      return .tokenTransfer(
        standard: standard, token: token, from: from, to: to,
        amount: standard == .nep141 ? amount : nil, tokenIds: tokenIds, memo: memo)
    case (.nep141, "ft_mint"), (.nep171, "nft_mint"):
      guard let owner = account("owner_id"), standard == .nep171 || amount != nil else {
        return nil
      }
      return .tokenMint(
        standard: standard, token: token, owner: owner,
        amount: standard == .nep141 ? amount : nil, tokenIds: tokenIds)
    case (.nep141, "ft_burn"), (.nep171, "nft_burn"):
      guard let owner = account("owner_id"), standard == .nep171 || amount != nil else {
        return nil
      }
      return .tokenBurn(
        standard: standard, token: token, owner: owner,
        amount: standard == .nep141 ? amount : nil, tokenIds: tokenIds)
    default: return nil
    }
  }
}
