import TxrayCore

/// Everything one EVM simulation found: the chain-neutral `Simulation` the rules and narrator
/// read (`simulation`), and the EVM details the JSON and text outputs show.
public struct EVMSimulation: Sendable {
  public enum Status: Sendable, Equatable {
    case success
    /// Reverted or halted: the sender pays the fee and nothing else changes.
    case reverted
    /// The transaction cannot be included against this state (nonce, balance, gas …).
    case invalid(String)
    /// No verdict: missing state, timeout, a fork before Berlin.
    case notSimulated(String)

    /// The JSON name: "success", "reverted", "invalid" or "notSimulated".
    public var name: String {
      switch self {
      case .success: "success"
      case .reverted: "reverted"
      case .invalid: "invalid"
      case .notSimulated: "notSimulated"
      }
    }
  }

  public var status: Status
  /// nil when execution did not run.
  public var gasUsed: UInt64?
  public var effects: [Effect]
  /// The decoded call tree; nil when execution did not start.
  public var calls: SimulatedCall?
  /// Why the transaction failed (set for `.reverted`).
  public var revert: RevertReason?
  public var logs: [Log]
  /// The recognised events of `logs`, in log order.
  public var events: [TokenEvent]
  public var changes: [AccountChange]
  public var created: [Address]
  /// Metadata of every token the events name.
  public var tokens: [Address: TokenMetadata]
  /// Accounts seen holding code / no code after the transaction.
  public var accountsWithCode: Set<Address>
  public var accountsWithoutCode: Set<Address>

  public init(
    status: Status, gasUsed: UInt64? = nil, effects: [Effect] = [], calls: SimulatedCall? = nil,
    revert: RevertReason? = nil, logs: [Log] = [], events: [TokenEvent] = [],
    changes: [AccountChange] = [], created: [Address] = [], tokens: [Address: TokenMetadata] = [:],
    accountsWithCode: Set<Address> = [], accountsWithoutCode: Set<Address> = []
  ) {
    self.status = status
    self.gasUsed = gasUsed
    self.effects = effects
    self.calls = calls
    self.revert = revert
    self.logs = logs
    self.events = events
    self.changes = changes
    self.created = created
    self.tokens = tokens
    self.accountsWithCode = accountsWithCode
    self.accountsWithoutCode = accountsWithoutCode
  }

  /// The chain-neutral account for `Outcome.simulation`. An invalid transaction is "not
  /// simulated": it would not be included, so it has no effects to judge.
  public var simulation: Simulation {
    switch status {
    case .success:
      return Simulation(status: .succeeded, gasUsed: gasUsed, effects: effects)
    case .reverted:
      return Simulation(
        status: .reverted(reason: revert?.reason), gasUsed: gasUsed, effects: effects)
    case .invalid(let reason):
      return Simulation(status: .notSimulated(reason: "invalid transaction: \(reason)"))
    case .notSimulated(let reason):
      return Simulation(status: .notSimulated(reason: reason))
    }
  }
}
