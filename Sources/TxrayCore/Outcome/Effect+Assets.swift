extension Effect {
  /// The same effect with each asset it names passed through `transform` (to name tokens).
  public func mappingAssets(_ transform: (Asset) -> Asset) -> Effect {
    switch self {
    case .transfer(let asset, let from, let to, let amount, let tokenId):
      return .transfer(
        asset: transform(asset), from: from, to: to, amount: amount, tokenId: tokenId)
    case .balanceChange(let account, let asset, let delta):
      return .balanceChange(account: account, asset: transform(asset), delta: delta)
    case .allowance(let asset, let owner, let spender, let amount, let expiry, let mechanism):
      return .allowance(
        asset: transform(asset), owner: owner, spender: spender, amount: amount, expiry: expiry,
        mechanism: mechanism)
    case .operatorApproval(let collection, let owner, let operatorAccount, let approved):
      return .operatorApproval(
        collection: transform(collection), owner: owner, operator: operatorAccount,
        approved: approved)
    default:
      return self
    }
  }
}
