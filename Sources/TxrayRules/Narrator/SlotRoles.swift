import TxrayCore

/// The role each of the narrator's slot names plays in the claims that name it. One table, so a
/// slot means the same thing in every claim.
enum SlotRoles {
  static func role(of slot: String) -> Role {
    if slot.hasPrefix("risk") { return .finding }
    if slot.hasPrefix("count_") { return .count }
    // IntentStory numbers its descriptor fields and fees: "field1", "feePayee2" …
    if slot.hasPrefix("field"), slot.last?.isNumber == true { return .amount }
    if slot.hasPrefix("feePayee") { return .recipient }
    if slot.hasPrefix("feeShare") || slot.hasPrefix("fee") && slot.last?.isNumber == true {
      return .amount
    }
    return table[slot] ?? .value
  }

  /// The roles of every `{slot}` in `templates`.
  static func roles(in templates: [String]) -> [String: Role] {
    var roles: [String: Role] = [:]
    for template in templates {
      for name in slotNames(in: template) { roles[name] = role(of: name) }
    }
    return roles
  }

  static func slotNames(in template: String) -> [String] {
    var names: [String] = []
    var rest = template[...]
    while let open = rest.firstIndex(of: "{") {
      let afterOpen = rest.index(after: open)
      guard let close = rest[afterOpen...].firstIndex(of: "}") else { break }
      names.append(String(rest[afterOpen..<close]))
      rest = rest[rest.index(after: close)...]
    }
    return names
  }

  private static let table: [String: Role] = [
    "authority": .authority, "delegate": .delegate, "delegationChain": .chain,
    "account": .account, "key": .newKey, "beneficiary": .beneficiary, "codeHash": .code,
    "contract": .contract, "codeSize": .size, "spender": .spender, "amount": .amount,
    "token": .asset, "expiry": .time, "owner": .owner, "operator": .operator,
    "collection": .collection, "sender": .sender, "receiver": .receiver, "maxBlock": .block,
    "relayer": .relayer, "recipient": .recipient, "source": .source, "keyReceiver": .receiver,
    "methods": .method, "keyAllowance": .amount, "method": .method, "attached": .value,
    "balanceChanges": .balanceChange, "spent": .balanceChange, "received": .balanceChange,
    "revertReason": .reason, "notSimulatedReason": .reason,
    "signer": .signer, "value": .value, "fee": .fee,
    "intent": .method, "venue": .contract, "pays": .amount, "receives": .amount,
    "outputRecipient": .recipient, "assumedNetwork": .chain,
    // A Safe transaction's and a DELEGATECALL's stories.
    "safe": .account, "code": .delegate, "allowance": .amount, "target": .contract,
    // NEAR's Stake action.
    "validatorKey": .key,
  ]
}
