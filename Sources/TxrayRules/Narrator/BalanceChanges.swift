import TxrayCore

/// The signer's net balance changes from a simulation, as signed amounts ("-1.5 ETH",
/// "+2000 USDC"), in the order the simulation reported them.
enum BalanceChanges {
  static func ofSigner(_ outcome: Outcome) -> [String] {
    signerChanges(outcome).map { asset, delta in
      (delta.isNegative ? "-" : "+") + FactText.amount(delta.magnitude, of: asset)
    }
  }

  /// What left the signer's account and what came back, as plain amounts; the coin that left
  /// says it holds the fee.
  static func leftAndBack(_ outcome: Outcome) -> (left: [String], back: [String]) {
    var left: [String] = []
    var back: [String] = []
    for (asset, delta) in signerChanges(outcome) {
      let amount = FactText.amount(delta.magnitude, of: asset)
      if !delta.isNegative {
        back.append(amount)
      } else if asset.kind == .native, outcome.feeCeiling.map({ !$0.isZero }) ?? false {
        left.append(amount + " (the fee included)")
      } else {
        left.append(amount)
      }
    }
    return (left, back)
  }

  private static func signerChanges(_ outcome: Outcome) -> [(Asset, SignedAmount)] {
    guard let signer = outcome.signer, let simulation = outcome.simulation else { return [] }
    return simulation.effects.compactMap { effect in
      guard case .balanceChange(let account, let asset, let delta) = effect,
        AddressBook.key(account) == AddressBook.key(signer), !delta.magnitude.isZero
      else { return nil }
      return (asset, delta)
    }
  }
}
