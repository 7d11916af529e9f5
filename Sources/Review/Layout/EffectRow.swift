import TxrayCore
import TxrayRules

/// One row of the effects table: who, what happens to them, and how much of what.
public struct EffectRow: Sendable, Equatable {
  public var who: String
  public var action: String
  public var amount: String

  public init(who: String, action: String, amount: String) {
    self.who = who
    self.action = action
    self.amount = amount
  }

  /// The row for `effect`. Accounts are written in full: a shortened address is exactly what an
  /// address-poisoning attack relies on.
  /// `native` is the chain's coin (POL on Polygon), which gas allowances and attached value are
  /// counted in.
  public init(_ effect: Effect, native: Asset) {
    switch effect {
    case .transfer(let asset, let from, let to, let amount, let tokenId):
      self.init(
        who: from, action: "sends to \(to)",
        amount: tokenId.map { "\(Self.assetName(asset)) #\($0)" } ?? Self.format(amount, asset))
    case .balanceChange(let account, let asset, let delta):
      self.init(
        who: account, action: delta.isNegative ? "loses" : "gains",
        amount: (delta.isNegative ? "−" : "+") + Self.format(delta.magnitude, asset))
    case .allowance(let asset, let owner, let spender, let amount, let expiry, let mechanism):
      let until = expiry.map { " until " + UTCTime.text($0) } ?? ", no expiry"
      self.init(
        who: owner, action: "lets \(spender) spend (\(mechanism)\(until))",
        amount: AllowanceSize(amount).cell(Self.assetName(asset)) ?? Self.format(amount, asset))
    case .operatorApproval(let collection, let owner, let operatorAccount, let approved):
      self.init(
        who: owner,
        action: approved
          ? "lets \(operatorAccount) move every token of" : "revokes \(operatorAccount) on",
        amount: approved ? "ALL \(Self.assetName(collection))" : Self.assetName(collection))
    case .keyAdded(let account, let key, let access):
      switch access {
      case .fullAccess:
        self.init(who: account, action: "adds FULL ACCESS key \(key)", amount: "everything")
      case .functionCall(let receiver, let methods, let allowance):
        let scope = methods.isEmpty ? "any method" : methods.joined(separator: ", ")
        self.init(
          who: account, action: "adds key \(key) for calls to \(receiver) (\(scope))",
          amount: allowance.map { Self.format($0, native) + " for gas" }
            ?? "unlimited gas allowance")
      }
    case .keyRemoved(let account, let key):
      self.init(who: account, action: "removes key \(key)", amount: "")
    case .codeDeployed(let account, let codeHash, let size):
      self.init(
        who: account, action: "gets code \(codeHash)",
        amount: size.map { "\($0) bytes" } ?? "")
    case .delegationSet(let authority, let delegate, let chainId):
      let network = chainId == 0 ? "every chain" : "chain \(chainId)"
      self.init(
        who: authority,
        action: delegate.map { "runs the code of \($0) (\(network))" }
          ?? "clears its code delegation (\(network))",
        amount: "")
    case .accountCreated(let account):
      self.init(who: account, action: "is created", amount: "")
    case .accountDeleted(let account, let beneficiary):
      self.init(
        who: account, action: "is deleted; its balance goes to \(beneficiary)", amount: "all")
    case .staked(let account, let amount, let validatorKey):
      self.init(
        who: account, action: "stakes with validator key \(validatorKey)",
        amount: Self.format(amount, native))
    case .call(let from, let to, let method, let attached):
      self.init(
        who: from, action: "calls \(to)" + (method.map { " · \($0)" } ?? ""),
        amount: attached.isZero ? "" : Self.format(attached, native))
    case .delegateCall(let account, let code, _):
      self.init(
        who: account, action: "runs the code of \(code) as itself (DELEGATECALL)",
        amount: "everything it holds")
    case .delegatedAction(let sender, let receiver, let relayer, let maxBlockHeight):
      self.init(
        who: sender,
        action: "signs an action on \(receiver) for "
          + (relayer.map { "relayer \($0)" } ?? "any relayer"),
        amount: "valid to block \(maxBlockHeight)")
    }
    // An unsigned request or a permit without an owner field names no account: it is whoever
    // signs.
    if who.isEmpty { who = "the signer" }
  }

  /// The rows of a signed order (Seaport): what the offerer gives whoever fills it, what comes
  /// back to the offerer, and what others are paid. Empty for any other intent.
  public static func orderRows(_ intent: Intent?, offerer: String?) -> [EffectRow] {
    guard let intent, intent.source == .signedOrder else { return [] }
    let signer = offerer ?? "the signer"
    return intent.pays.map {
      EffectRow(who: signer, action: "gives whoever fills the order", amount: partAmount($0))
    }
      + intent.receives.map { EffectRow(who: signer, action: "gets", amount: partAmount($0)) }
      + intent.fees.map {
        EffectRow(who: $0.party ?? "someone else", action: "gets", amount: partAmount($0))
      }
  }

  /// The rows a swap states when nothing was simulated: what the signer pays (unless a declared
  /// transfer already shows it), the least that comes back and to whom, and what others are
  /// paid. A swap from a token declares no transfer at all, and its effects would otherwise
  /// read "No effects found beyond the fee". Empty for a signed order (`orderRows`) and for an
  /// intent without parts.
  public static func statedRows(_ intent: Intent?, signer: String?, declared: [Effect])
    -> [EffectRow]
  {
    guard let intent, intent.source != .signedOrder else { return [] }
    let payer = signer ?? "the signer"
    let shown = intent.pays.filter { part in
      !declared.contains { effect in
        guard case .transfer(let asset, let from, _, _, _) = effect else { return false }
        return from == signer && asset.kind == part.asset.kind
          && asset.contract == part.asset.contract
      }
    }
    let stated = "as the call states"
    return shown.map { EffectRow(who: payer, action: "pays, " + stated, amount: partAmount($0)) }
      + intent.receives.map {
        EffectRow(who: intent.recipient ?? payer, action: "gets, " + stated, amount: partAmount($0))
      }
      + intent.fees.map {
        EffectRow(
          who: $0.party ?? "someone else", action: "gets, " + stated, amount: partAmount($0))
      }
  }

  /// An intent part's amount: "≥ 2.99 USDt", an NFT's id, or "any of" a collection.
  private static func partAmount(_ part: IntentAmount) -> String {
    let bound = part.bound == .atMost ? "≤ " : part.bound == .atLeast ? "≥ " : ""
    guard let units = part.amount else { return "?" }
    if let tokenId = part.tokenId {
      let count = part.asset.kind == .multiToken ? "\(units.decimalString) × " : ""
      return "\(count)\(assetName(part.asset)) #\(tokenId)"
    }
    if part.asset.kind == .nonFungible || part.asset.kind == .multiToken {
      return "any of \(assetName(part.asset))"
    }
    return bound + format(units, part.asset)
  }

  /// The asset's symbol, else its name, else its contract.
  static func assetName(_ asset: Asset) -> String {
    asset.symbol ?? asset.name ?? asset.contract.map { "tokens of \($0)" } ?? "tokens"
  }

  /// An exact amount in whole units when the decimals are known and plausible, else base units.
  static func format(_ units: UInt256, _ asset: Asset) -> String {
    if let decimals = asset.decimals, (0...77).contains(decimals) {
      return Amount(units: units, decimals: decimals, symbol: assetName(asset)).description
    }
    return "\(units.decimalString) base units of \(assetName(asset))"
  }
}
