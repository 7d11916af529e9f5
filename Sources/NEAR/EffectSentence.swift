import TxrayCore

/// One sentence a NEAR signer can read for an effect: the `summary` of the `--json` effects, the
/// text's "effect N" rows and the simulation's outcome lines. Amounts of NEAR are exact;
/// tokens without known decimals are counted in base units.
public enum EffectSentence {
  /// The sentence for `effect`, naming every account in full.
  public static func text(_ effect: Effect) -> String {
    switch effect {
    case .transfer(let asset, let from, let to, let amount, let tokenId):
      return "\(from) sends \(quantity(amount, asset, tokenId: tokenId)) to \(to)"
    case .balanceChange(let account, let asset, let delta):
      return "\(account) \(delta.isNegative ? "loses" : "gains") "
        + quantity(delta.magnitude, asset, tokenId: nil)
    case .allowance(let asset, let owner, let spender, let amount, _, let mechanism):
      return "\(spender) may spend \(quantity(amount, asset, tokenId: nil)) of \(owner)'s "
        + "(\(mechanism))"
    case .operatorApproval(let collection, let owner, let operatorAccount, let approved):
      return approved
        ? "\(operatorAccount) may move every token of \(owner) in \(name(collection))"
        : "\(operatorAccount) may no longer move \(owner)'s tokens in \(name(collection))"
    case .keyAdded(let account, let key, let access):
      return "adds key \(key) to \(account): \(scope(access))"
    case .keyRemoved(let account, let key):
      return "removes key \(key) from \(account)"
    case .codeDeployed(let account, let codeHash, let size):
      return "the contract of \(account) becomes \(codeHash)"
        + (size.map { " (\($0) bytes)" } ?? "")
    case .delegationSet(let authority, let delegate, _):
      return delegate.map { "\(authority) runs the code of \($0)" }
        ?? "\(authority) clears its code delegation"
    case .accountCreated(let account):
      return "creates account \(account)"
    case .accountDeleted(let account, let beneficiary):
      return "deletes account \(account); its remaining NEAR goes to \(beneficiary)"
    case .staked(let account, let amount, let validatorKey):
      return "\(account) sets its validator stake to \(NEARAmount.text(amount)) with key "
        + validatorKey
    case .call(let from, let to, let method, let attached):
      return "\(from) calls \(method ?? "a method") on \(to)"
        + (attached.isZero ? "" : ", attaching \(NEARAmount.text(attached))")
    case .delegateCall(let account, let code, _):
      // An EVM effect; NEAR has no such call, but the sentence stays true for any chain.
      return "\(account) runs the code of \(code) as itself"
    case .delegatedAction(let sender, let receiver, let relayer, let height):
      let who = relayer.map { "\($0) relays" } ?? "any relayer may relay"
      return "\(who) actions signed by \(sender) for \(receiver); they run as \(sender) "
        + "and expire after block \(height)"
    }
  }

  /// What a key with `access` may do, in the signer's terms.
  static func scope(_ access: KeyAccess) -> String {
    switch access {
    case .fullAccess:
      return "FULL ACCESS (can move all NEAR, add keys and delete the account)"
    case .functionCall(let receiver, let methods, let allowance):
      let which = methods.isEmpty ? "any method" : methods.joined(separator: ", ")
      let budget =
        allowance.map { "a fee allowance of \(NEARAmount.text($0))" }
        ?? "an unlimited fee allowance"
      return "may call \(which) on \(receiver), with \(budget); cannot send NEAR"
    }
  }

  private static func quantity(_ units: UInt256, _ asset: Asset, tokenId: String?) -> String {
    if let tokenId { return "token \(tokenId) of \(name(asset))" }
    if asset.kind == .native { return NEARAmount.text(units) }
    if let decimals = asset.decimals, (0...77).contains(decimals) {
      return Amount(units: units, decimals: decimals, symbol: name(asset)).description
    }
    return "\(units.decimalString) base units of \(name(asset))"
  }

  private static func name(_ asset: Asset) -> String {
    asset.symbol ?? asset.contract ?? asset.kind.rawValue
  }
}
