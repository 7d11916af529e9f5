import TxrayCore

/// The signer's net balance changes from a simulation, as signed amounts ("-1.5 ETH",
/// "+2000 USDC"), in the order the simulation reported them.
enum BalanceChanges {
  static func ofSigner(_ outcome: Outcome) -> [String] {
    guard let signer = outcome.signer, let simulation = outcome.simulation else { return [] }
    return simulation.effects.compactMap { effect in
      guard case .balanceChange(let account, let asset, let delta) = effect,
        AddressBook.key(account) == AddressBook.key(signer), !delta.magnitude.isZero
      else { return nil }
      return (delta.isNegative ? "-" : "+") + FactText.amount(delta.magnitude, of: asset)
    }
  }
}
