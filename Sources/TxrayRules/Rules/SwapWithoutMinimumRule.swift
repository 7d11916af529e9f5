import TxrayCore

/// `evm.swap-without-minimum` and `near.swap-without-minimum`, warning: a swap whose least
/// output is zero accepts any price. The minimum is what makes a front-run unprofitable:
/// without one, a bot that buys just before the swap and sells just after it (a sandwich) keeps
/// nearly all of what it was worth, and a pool drained or moved by then fills it at whatever is
/// left. Wallets and routers always set one from the quote, so a zero comes from a careless
/// script or a page that wants the swap sandwiched. How low a nonzero minimum is needs prices,
/// which txray does not have.
struct SwapWithoutMinimumRule: RiskRule {
  func findings(_ facts: RuleFacts) -> [Finding] {
    // A descriptor's intent carries the swap txray reads from the same call: its minimum too.
    guard let intent = facts.outcome.intent, intent.source != .signedOrder,
      let output = intent.receives.first(where: {
        $0.bound == .atLeast && $0.amount?.isZero == true
      })
    else { return [] }
    let asset = output.asset
    let named = asset.symbol == nil && asset.name == nil ? "" : " of " + FactText.assetName(asset)
    return [
      Finding(
        rule: facts.id("swap-without-minimum"), severity: .warning,
        message: "This swap accepts any amount\(named) back (its minimum is 0): a bot that trades "
          + "just before and after it (a sandwich) can leave you almost nothing.",
        evidence: [.init("minimum output", "0"), .init("intent", intent.phrase)])
    ]
  }
}
