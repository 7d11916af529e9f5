import TxrayCore

/// One entry of the risk catalogue: a stable id, a test over an outcome, and the findings it
/// yields with their evidence. Rules never see raw input, only the chain-neutral `Outcome`.
protocol RiskRule: Sendable {
  func findings(_ facts: RuleFacts) -> [Finding]
}

/// What every rule reads: the outcome, the address book, and the effects to judge.
struct RuleFacts {
  let outcome: Outcome
  let book: AddressBook
  /// Well-known contracts of the outcome's chain, by name (not the signer's own entries).
  let known: AddressBook
  /// Simulated effects (when the simulation succeeded) followed by the declared effects the
  /// simulation did not report again. Declared effects stay in because a token may set an
  /// allowance without emitting the event, and a reverted or unsimulated transaction still
  /// says what it would do if sent again.
  let effects: [Effect]

  init(_ outcome: Outcome, book: AddressBook, known: AddressBook = AddressBook()) {
    self.outcome = outcome
    self.book = book
    self.known = known
    var merged: [Effect] = []
    if let simulation = outcome.simulation, simulation.status == .succeeded {
      merged = simulation.effects
    }
    let simulated = Set(merged.map(EffectIdentity.init))
    merged += outcome.declared.filter { !simulated.contains(EffectIdentity($0)) }
    effects = merged
  }

  var chain: Chain { outcome.chain }

  /// A Safe transaction (`Outcome.isSafeTransaction`): the rules for transactions apply to what
  /// the Safe does, and the permit rules do not.
  var isSafeTransaction: Bool { outcome.isSafeTransaction }

  /// "evm.<name>" or "near.<name>" for rules that apply to both chains.
  func id(_ name: String) -> String { chain.rawValue + "." + name }

  func display(_ account: String) -> String {
    FactText.account(account, book: book, known: outcome.knownNames)
  }

  /// Whether `account` is the signer (case-insensitively for EVM addresses).
  func isSigner(_ account: String) -> Bool {
    outcome.signer.map { AddressBook.key($0) == AddressBook.key(account) } ?? false
  }

  /// Whether actions run as `account`: the signer, or the sender of a delegate action the
  /// transaction carries (a relayer signs the transaction, the sender's actions run as them).
  func actsAs(_ account: String) -> Bool {
    isSigner(account)
      || effects.contains { effect in
        guard case .delegatedAction(let sender, _, _, _) = effect else { return false }
        return AddressBook.key(sender) == AddressBook.key(account)
      }
  }

  func hasNoCode(_ account: String) -> Bool {
    outcome.accountsWithoutCode.contains { AddressBook.key($0) == AddressBook.key(account) }
  }

  func hasCode(_ account: String) -> Bool {
    outcome.accountsWithCode.contains { AddressBook.key($0) == AddressBook.key(account) }
  }
}

/// Which fact an effect states, regardless of how much metadata came with it: a simulated
/// `Approval` with the token's symbol and the declared `approve` without it are one allowance.
enum EffectIdentity: Hashable {
  /// The fields that identify a transfer, allowance or operator approval, accounts normalised.
  case fields([String])
  /// Any other effect is identified by all of it. (Not its `String(describing:)`: that goes
  /// through runtime reflection, which was 30% of a simulated batch and serialised its workers.)
  case effect(Effect)

  init(_ effect: Effect) {
    func k(_ account: String?) -> String { AddressBook.key(account ?? "") }
    switch effect {
    case .transfer(let asset, let from, let to, let amount, let tokenId):
      self = .fields([
        "transfer", k(asset.contract), k(from), k(to), amount.decimalString, tokenId ?? "",
      ])
    case .allowance(let asset, let owner, let spender, _, _, _):
      // The amount is left out: for `increaseAllowance` the call states the increase and the
      // event the new total; the simulated total is the one to judge.
      self = .fields(["allowance", k(asset.contract), k(owner), k(spender)])
    case .operatorApproval(let collection, let owner, let operatorAccount, _):
      self = .fields(["operator", k(collection.contract), k(owner), k(operatorAccount)])
    default:
      self = .effect(effect)
    }
  }
}
