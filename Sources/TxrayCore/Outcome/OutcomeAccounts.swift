/// Every account an outcome mentions: the recipient, the parties of each effect (declared and
/// simulated) and of its intent. Labels and look-alike checks walk this one list.
public enum OutcomeAccounts {
  public static func all(_ outcome: Outcome) -> [String] {
    var accounts: [String] = []
    if let recipient = outcome.recipient { accounts.append(recipient) }
    for effect in outcome.declared + (outcome.simulation?.effects ?? []) {
      accounts += parties(effect)
    }
    if let intent = outcome.intent {
      accounts += [intent.contract, intent.recipient].compactMap { $0 }
      accounts += (intent.pays + intent.receives + intent.fees).flatMap {
        [$0.asset.contract, $0.party].compactMap { $0 }
      }
    }
    var seen: Set<String> = []
    return accounts.filter { !$0.isEmpty && seen.insert($0.lowercased()).inserted }
  }

  /// The accounts one effect names, tokens' contracts included.
  public static func parties(_ effect: Effect) -> [String] {
    switch effect {
    case .transfer(let asset, let from, let to, _, _):
      return [from, to] + [asset.contract].compactMap { $0 }
    case .balanceChange(let account, let asset, _):
      return [account] + [asset.contract].compactMap { $0 }
    case .allowance(let asset, let owner, let spender, _, _, _):
      return [owner, spender] + [asset.contract].compactMap { $0 }
    case .operatorApproval(let collection, let owner, let operatorAccount, _):
      return [owner, operatorAccount] + [collection.contract].compactMap { $0 }
    case .keyAdded(let account, _, _), .keyRemoved(let account, _),
      .codeDeployed(let account, _, _), .accountCreated(let account),
      .staked(let account, _, _):
      return [account]
    case .delegationSet(let authority, let delegate, _):
      return [authority] + [delegate].compactMap { $0 }
    case .accountDeleted(let account, let beneficiary):
      return [account, beneficiary]
    case .call(let from, let to, _, _):
      return [from, to]
    case .delegateCall(let account, let code, _):
      return [account, code]
    case .delegatedAction(let sender, let receiver, let relayer, _):
      return [sender, receiver] + [relayer].compactMap { $0 }
    }
  }
}
