import TxrayCore

/// The simulation in TxrayCore's chain-neutral terms, for rules, narration and the front ends.
extension NEARSimulationResult {
  public var outcomeSimulation: Simulation {
    let status: Simulation.Status
    switch self.status {
    case .succeeded: status = .succeeded
    case .failed(let reason): status = .reverted(reason: reason)
    case .invalid(let reason): status = .reverted(reason: "rejected before running: \(reason)")
    case .notSimulated(let reason):
      // NEAR's reasons carry their own "not simulated: " (its tests and JSON read them so); the
      // neutral status holds the bare reason, as the EVM's does, and each front end says it once.
      let prefix = "not simulated: "
      status = .notSimulated(
        reason: reason.hasPrefix(prefix) ? String(reason.dropFirst(prefix.count)) : reason)
    }
    return Simulation(status: status, gasUsed: gasBurnt, effects: outcomeEffects)
  }

  /// NEP-141 amounts become fungible transfers; NEP-171 tokens one transfer per token id;
  /// mints and burns are balance changes of the owner; storage changes have no neutral term
  /// and stay in the NEAR JSON only.
  public var outcomeEffects: [Effect] {
    effects.flatMap { effect -> [Effect] in
      switch effect {
      case .balanceChange(let account, let before, let after):
        return [
          .balanceChange(
            account: account.value, asset: .near, delta: .change(from: before, to: after))
        ]
      case .tokenTransfer(let standard, let token, let from, let to, let amount, let ids, _):
        let asset = self.asset(standard, token)
        if let amount {
          return [
            .transfer(asset: asset, from: from.value, to: to.value, amount: amount, tokenId: nil)
          ]
        }
        return ids.map {
          .transfer(asset: asset, from: from.value, to: to.value, amount: UInt256(1), tokenId: $0)
        }
      case .tokenMint(let standard, let token, let owner, let amount, let ids),
        .tokenBurn(let standard, let token, let owner, let amount, let ids):
        var isBurn = false
        if case .tokenBurn = effect { isBurn = true }
        let units = amount ?? UInt256(UInt64(ids.count))
        return [
          .balanceChange(
            account: owner.value, asset: asset(standard, token),
            delta: SignedAmount(magnitude: units, isNegative: isBurn))
        ]
      case .storageChange: return []
      case .keyAdded(let account, let key, let permission):
        return [
          .keyAdded(account: account.value, key: key.description, access: permission.access)
        ]
      case .keyRemoved(let account, let key):
        return [.keyRemoved(account: account.value, key: key.description)]
      case .codeDeployed(let account, let hash, let size):
        return [.codeDeployed(account: account.value, codeHash: Base58.encode(hash), size: size)]
      case .accountCreated(let account): return [.accountCreated(account: account.value)]
      case .accountDeleted(let account, let beneficiary):
        return [.accountDeleted(account: account.value, beneficiary: beneficiary.value)]
      }
    }
  }

  private func asset(_ standard: NEARTokenStandard, _ token: AccountId) -> Asset {
    let metadata = tokens[token]
    return Asset(
      kind: standard == .nep141 ? .fungible : .nonFungible, contract: token.value,
      symbol: metadata?.symbol, name: metadata?.name, decimals: metadata?.decimals)
  }
}
