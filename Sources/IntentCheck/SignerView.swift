import TxrayCore

/// What a transaction does to its signer, read from one basis: the simulated effects when the
/// simulation ran to the end, else what the transaction declares (with its intent's amounts).
struct SignerView {
  /// An amount moving into or out of the signer's account.
  struct Flow {
    var asset: Asset
    /// Who receives an outflow or sends an inflow.
    var counterparty: String
    /// Base units; nil when it cannot be known before the transaction runs.
    var amount: UInt256?
    /// `.exact` for simulated and stated amounts; a declared swap's input is at most, its
    /// output at least.
    var bound: IntentAmount.Bound
    /// The token id of an NFT or ERC-1155 transfer.
    var tokenId: String? = nil
  }

  /// A grant to move the signer's assets: an allowance, or an operator approval (amount nil).
  struct Approval {
    var asset: Asset
    var spender: String
    var amount: UInt256?
    var mechanism: String
  }

  var outflows: [Flow] = []
  var inflows: [Flow] = []
  var approvals: [Approval] = []
  var keys: [(account: String, key: String, access: KeyAccess)] = []
  var delegations: [(authority: String, delegate: String?)] = []
  var deletions: [(account: String, beneficiary: String)] = []
  /// Accounts of the signer's whose code is replaced.
  var deployments: [String] = []
  /// NEAR validator stakes set (Stake actions): that much of the account's NEAR is locked.
  var stakes: [(account: String, amount: UInt256)] = []
  /// Code run as an account by DELEGATECALL, other than a curated batching library: it can do
  /// anything with what the account holds.
  var delegateCalls: [(account: String, code: String)] = []
  var removedKeys: [(account: String, key: String)] = []
  /// Where a swap's output goes when the transaction names someone other than the signer.
  var outputRecipient: String?
  /// Simulated transfers between others (a pool paying a third party): what the signer may
  /// have expected, going elsewhere.
  var elsewhere: [Flow] = []

  init(_ outcome: Outcome, basis: IntentCheckResult.Basis) {
    let signer = outcome.signer
    // An owner signing a Safe transaction spends the Safe's assets, not their own: what the
    // Safe sends is what the signer means by "send".
    let safe = outcome.isSafeTransaction ? outcome.recipient?.lowercased() : nil
    func isSigner(_ account: String) -> Bool {
      if let safe, account.lowercased() == safe { return true }
      guard let signer else { return account.isEmpty }
      return account.lowercased() == signer.lowercased()
    }
    let simulated = basis == .simulation ? outcome.simulation?.effects ?? [] : []
    var effects = basis == .simulation ? simulated : outcome.declared
    // NEAR moves the signer's NEAR only by its own actions (transfers and call deposits), which
    // execution cannot redirect, and its simulation reports them as balance changes: the
    // actions say who is paid.
    if basis == .simulation, outcome.chain == .near {
      effects += outcome.declared.filter { effect in
        switch effect {
        case .transfer(let asset, _, _, _, _): return asset.kind == .native
        case .call, .staked: return true
        default: return false
        }
      }
    }
    for effect in effects {
      switch effect {
      case .transfer(let asset, let from, let to, let amount, let tokenId):
        if isSigner(from), !isSigner(to) {
          outflows.append(
            Flow(asset: asset, counterparty: to, amount: amount, bound: .exact, tokenId: tokenId))
        } else if isSigner(to), !isSigner(from) {
          inflows.append(
            Flow(asset: asset, counterparty: from, amount: amount, bound: .exact, tokenId: tokenId))
        } else if basis == .simulation, !isSigner(from), !isSigner(to) {
          elsewhere.append(
            Flow(asset: asset, counterparty: to, amount: amount, bound: .exact, tokenId: tokenId))
        }
      // NEAR states a function call's deposit on the call; EVM's value is a transfer already.
      // The 1 yoctoNEAR that NEP-141 and NEP-171 calls require (proof of a full-access key)
      // is not a payment.
      case .call(let from, let to, _, let attached)
      where outcome.chain == .near && isSigner(from) && attached > UInt256(1):
        outflows.append(
          Flow(asset: outcome.nativeAsset, counterparty: to, amount: attached, bound: .exact))
      case .keyAdded(let account, let key, let access):
        keys.append((account, key, access))
      case .delegationSet(let authority, let delegate, _):
        delegations.append((authority, delegate))
      case .accountDeleted(let account, let beneficiary):
        deletions.append((account, beneficiary))
      case .codeDeployed(let account, _, _) where isSigner(account):
        deployments.append(account)
      case .staked(let account, let amount, _):
        stakes.append((account, amount))
      case .delegateCall(let account, let code, nil):
        delegateCalls.append((account, code))
      case .keyRemoved(let account, let key):
        removedKeys.append((account, key))
      default:
        break
      }
    }
    if basis == .simulation {
      addTokenGains(simulated, isSigner: isSigner)
    }
    // Approvals from both: a grant the call states counts even when its event is not one the
    // simulator reads (Permit2 logs its own), and one a contract grants inside counts too.
    for effect in outcome.declared + simulated {
      switch effect {
      case .allowance(let asset, let owner, let spender, let amount, _, let mechanism)
      where isSigner(owner) && !amount.isZero:
        guard
          !approvals.contains(where: {
            $0.asset.isSame(asset) && $0.spender.lowercased() == spender.lowercased()
          })
        else { continue }
        approvals.append(
          Approval(asset: asset, spender: spender, amount: amount, mechanism: mechanism))
      case .operatorApproval(let collection, let owner, let operatorAccount, true)
      where isSigner(owner):
        guard
          !approvals.contains(where: {
            $0.amount == nil && $0.asset.isSame(collection)
              && $0.spender.lowercased() == operatorAccount.lowercased()
          })
        else { continue }
        approvals.append(
          Approval(
            asset: collection, spender: operatorAccount, amount: nil, mechanism: "operator"))
      default:
        break
      }
    }
    if basis == .declared, let intent = outcome.intent {
      addIntent(intent, isSigner: isSigner)
    }
  }

  /// Token gains the simulation saw only as a balance change (no transfer to the signer).
  private mutating func addTokenGains(_ effects: [Effect], isSigner: (String) -> Bool) {
    for effect in effects {
      guard case .balanceChange(let account, let asset, let delta) = effect, isSigner(account),
        asset.kind != .native, !delta.isNegative, !delta.magnitude.isZero,
        !inflows.contains(where: { $0.asset.isSame(asset) })
      else { continue }
      inflows.append(
        Flow(asset: asset, counterparty: "", amount: delta.magnitude, bound: .exact))
    }
  }

  /// A declared swap's input (pulled by the router, so not a transfer the call states) and its
  /// guaranteed output; a signed order's offer and what its offerer gets, dealt with whoever
  /// fills it.
  private mutating func addIntent(_ intent: Intent, isSigner: (String) -> Bool) {
    let venue =
      intent.source == .signedOrder ? "whoever fills the order" : intent.contract ?? ""
    for part in intent.pays where !outflows.contains(where: { $0.asset.isSame(part.asset) }) {
      outflows.append(
        Flow(
          asset: part.asset, counterparty: venue, amount: part.amount, bound: part.bound,
          tokenId: part.tokenId))
    }
    if let recipient = intent.recipient, !isSigner(recipient) {
      outputRecipient = recipient
      return
    }
    for part in intent.receives {
      inflows.append(
        Flow(
          asset: part.asset, counterparty: venue, amount: part.amount, bound: part.bound,
          tokenId: part.tokenId))
    }
  }
}

extension Asset {
  /// Whether two assets are the same coin or token, however each was named.
  func isSame(_ other: Asset) -> Bool {
    kind == other.kind && contract?.lowercased() == other.contract?.lowercased()
  }
}
