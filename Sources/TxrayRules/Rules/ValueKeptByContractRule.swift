import TxrayCore

/// `evm.value-kept-by-contract`, warning: the simulation shows the ETH sent staying in the
/// called contract with nothing coming back to the signer. Money a contract keeps can only
/// leave through that contract's code, and sending it there by mistake (to a token contract,
/// say) loses it. A recipient in the address book (the signer's own Safe) is not reported.
/// Not in the severity list: a warning, because paying a contract is sometimes the
/// point (a mint, a deposit into a wallet contract).
struct ValueKeptByContractRule: RiskRule {
  static let id = "evm.value-kept-by-contract"

  func findings(_ facts: RuleFacts) -> [Finding] {
    let outcome = facts.outcome
    guard outcome.chain == .evm, !outcome.value.isZero, let recipient = outcome.recipient,
      let simulation = outcome.simulation, simulation.status == .succeeded,
      facts.hasCode(recipient), !facts.book.contains(recipient)
    else { return [] }
    let kept = simulation.effects.contains { effect in
      guard case .balanceChange(let account, let asset, let delta) = effect else { return false }
      return asset.kind == .native && AddressBook.key(account) == AddressBook.key(recipient)
        && !delta.isNegative && !delta.magnitude.isZero
    }
    let signerGetsSomething = simulation.effects.contains { effect in
      switch effect {
      case .transfer(_, let from, let to, _, _):
        return facts.isSigner(to) && !facts.isSigner(from)
      case .balanceChange(let account, let asset, let delta):
        return asset.kind != .native && facts.isSigner(account) && !delta.isNegative
          && !delta.magnitude.isZero
      default:
        return false
      }
    }
    guard kept, !signerGetsSomething else { return [] }
    let native = NativeAsset.of(outcome)
    return [
      Finding(
        rule: Self.id, severity: .warning,
        message: "The \(FactText.amount(outcome.value, of: native)) sent stays in the contract "
          + "\(facts.display(recipient)) and nothing comes back to you.",
        evidence: [
          .init("recipient", recipient),
          .init("value", FactText.amount(outcome.value, of: native)),
        ])
    ]
  }
}
