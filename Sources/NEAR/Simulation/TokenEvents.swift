import TxrayCore

/// NEP-297 event logs (`EVENT_JSON:{…}`) of NEP-141 and NEP-171 contracts turned into token
/// effects. The log is the contract's own claim, so only logs of receipts that succeeded are
/// read, the token is the account that wrote the log, and anything malformed is skipped.
enum TokenEvents {
  static let prefix = "EVENT_JSON:"

  static func effects(token: AccountId, log: String) -> [NEARSimulatedEffect] {
    guard log.hasPrefix(prefix),
      let root = try? JSONValue(parsing: Array(log.utf8.dropFirst(prefix.utf8.count))),
      let standardName = root["standard"]?.stringValue,
      let standard = NEARTokenStandard(rawValue: standardName),
      let event = root["event"]?.stringValue,
      let items = root["data"]?.arrayItems,
      items.allSatisfy({ $0.objectMembers != nil })
    else { return [] }
    return items.compactMap { item in effect(standard, token: token, event: event, item) }
  }

  private static func effect(
    _ standard: NEARTokenStandard, token: AccountId, event: String, _ item: JSONValue
  ) -> NEARSimulatedEffect? {
    func account(_ key: String) -> AccountId? { item[key]?.stringValue.flatMap(AccountId.init) }
    let amount = item["amount"]?.stringValue.flatMap(UInt256.init(decimalString:))
    let tokenIds = item["token_ids"]?.stringItems ?? []
    let memo = item["memo"]?.stringValue
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
