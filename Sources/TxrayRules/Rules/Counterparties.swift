import TxrayCore

/// The accounts a transaction makes the signer deal with: who it pays, who it lets spend or
/// operate, where a deleted account's balance goes. The poisoning and first-seen rules compare
/// them with the address book. Only declared effects count: a simulated swap moves tokens
/// through pools the signer never chose, and those are not a "recipient". Native value counts
/// through the transfer the outcome builders declare for it; a NEAR call's deposit does not (the
/// called contract is not a recipient the signer picks from a list).
struct Counterparties {
  struct Candidate: Equatable {
    /// "recipient", "spender", "operator", "beneficiary", "delegate".
    let role: String
    let account: String
  }

  static func of(_ facts: RuleFacts) -> [Candidate] {
    var out: [Candidate] = []
    func add(_ role: String, _ account: String) {
      guard !facts.isSigner(account),
        !out.contains(where: { AddressBook.key($0.account) == AddressBook.key(account) })
      else { return }
      out.append(Candidate(role: role, account: account))
    }
    for effect in facts.outcome.declared {
      switch effect {
      case .transfer(_, _, let to, _, _): add("recipient", to)
      case .allowance(_, _, let spender, _, _, _): add("spender", spender)
      case .operatorApproval(_, _, let operatorAccount, true): add("operator", operatorAccount)
      case .accountDeleted(_, let beneficiary): add("beneficiary", beneficiary)
      case .delegationSet(_, let delegate?, _): add("delegate", delegate)
      default: break
      }
    }
    return out
  }
}
