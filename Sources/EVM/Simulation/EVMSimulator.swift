import TxrayCore

/// Runs a decoded transaction against a state source and explains what it did: native balance
/// changes, token events, approvals, contracts created, delegations set, the decoded call tree
/// and revert reason. Anything that prevents a faithful run (missing state, the time bound, a
/// fork before Berlin) is reported as "not simulated", never guessed around.
public struct EVMSimulator: Sendable {
  public var fork: Fork
  public var block: BlockEnvironment
  public var state: any StateSource
  /// Wall-clock bound for the transaction and the metadata reads after it.
  public var timeout: Duration
  public var callDecoder: CallDecoder
  /// Custom errors to decode revert data with, besides the bundled ones (e.g. a user's ABI).
  public var customErrors: [ABIFunction]

  public init(
    fork: Fork, block: BlockEnvironment, state: any StateSource, timeout: Duration = .seconds(5),
    callDecoder: CallDecoder = CallDecoder(), customErrors: [ABIFunction] = []
  ) {
    self.fork = fork
    self.block = block
    self.state = state
    self.timeout = timeout
    self.callDecoder = callDecoder
    self.customErrors = customErrors
  }

  /// Simulates `tx` sent by `sender` (its recovered signer, or the `from` a person or request
  /// gave for an unsigned transaction).
  public func simulate(_ tx: Transaction, from sender: Address) -> EVMSimulation {
    if let chainId = tx.chainId, chainId != UInt256(block.chainId) {
      guard !block.chainIdIsStated, let id = chainId.uint64Value else {
        // A node rejects it too: its signature is for another chain (EIP-155, the chain id
        // of typed transactions), and the state's contracts are not the ones it names.
        return EVMSimulation(
          status: .invalid(
            "it is for \(EVMChain.networkName(chainId: chainId)) but the state is of "
              + EVMChain.networkName(chainId: UInt256(block.chainId))))
      }
      // The state names no chain: it is read as the transaction's (CHAINID included).
      var simulator = self
      simulator.block.chainId = id
      simulator.block.chainIdIsStated = true
      return simulator.simulate(tx, from: sender)
    }
    let executor = TransactionExecutor(
      fork: fork, block: block, state: state, limits: ExecutionLimits(timeout: timeout))
    let result = executor.execute(ExecutableTransaction(tx, sender: sender))
    return derive(
      result, tx: tx, sender: sender,
      view: ExecutedStateView(executor: executor, changes: result.changes, caller: sender))
  }

  /// Explains an execution result; `view` reads the state after it (token metadata, code).
  public func derive(
    _ result: ExecutionResult, tx: Transaction, sender: Address, view: any PostStateView
  ) -> EVMSimulation {
    let succeeded: Bool
    switch result.status {
    case .success: succeeded = true
    case .reverted, .halted: succeeded = false
    case .invalid(let reason): return EVMSimulation(status: .invalid(reason))
    case .stateUnavailable(let error):
      return EVMSimulation(status: .notSimulated(Self.missing(error)))
    case .timedOut:
      return EVMSimulation(
        status: .notSimulated("simulation timed out after \(Self.seconds(timeout)) s"))
    case .unsupported(let reason): return EVMSimulation(status: .notSimulated(reason))
    }
    var tree = CallTreeDecoder(decoder: callDecoder, view: view, errors: customErrors)
    let calls = result.root.map { tree.decode($0) }
    let events = result.logs.flatMap(TokenEvent.decode)
    var tokens: [Address: TokenMetadata] = [:]
    for token in Self.ordered(events.map(\.token)) where tokens.count < Self.maxTokens {
      tokens[token] = TokenMetadata.read(token, from: view)
    }
    let builder = EffectBuilder(sender: sender, tx: tx, block: block, tokens: tokens)
    var simulation = EVMSimulation(
      status: succeeded ? .success : .reverted, gasUsed: result.gasUsed,
      effects: builder.effects(
        root: calls, events: events, changes: result.changes, created: result.created,
        succeeded: succeeded),
      calls: calls, revert: succeeded ? nil : revert(result), logs: result.logs, events: events,
      changes: result.changes, created: result.created, tokens: tokens)
    for address in Self.ordered(parties(sender: sender, tx: tx, calls: calls, events: events))
      .prefix(Self.maxCodeChecks)
    {
      guard let code = view.code(address) else { continue }
      if code.isEmpty {
        simulation.accountsWithoutCode.insert(address)
      } else {
        simulation.accountsWithCode.insert(address)
      }
    }
    return simulation
  }

  /// Tokens whose metadata is read; a transaction emitting events from more contracts than
  /// this shows the rest by address only.
  static let maxTokens = 32
  /// Accounts checked for code.
  static let maxCodeChecks = 64

  /// The top frame's revert data decoded, or the halt ("out of gas") when it did not revert.
  private func revert(_ result: ExecutionResult) -> RevertReason {
    if case .halted(let reason) = result.status {
      return RevertReason(reason: reason, data: result.output)
    }
    return RevertReason.decode(result.output, errors: customErrors)
  }

  /// Every account the transaction names or touches that a rule may want to tell apart as
  /// contract or EOA: sender, recipient, callees, event parties.
  private func parties(
    sender: Address, tx: Transaction, calls: SimulatedCall?, events: [TokenEvent]
  ) -> [Address] {
    var found = [sender] + (tx.to.map { [$0] } ?? [])
    func walk(_ call: SimulatedCall) {
      found.append(call.frame.to)
      call.calls.forEach(walk)
    }
    calls.map(walk)
    for event in events {
      switch event {
      case .fungibleTransfer(let token, let from, let to, _),
        .nftTransfer(let token, let from, let to, _):
        found += [token, from, to]
      case .multiTokenTransfer(let token, let op, let from, let to, _, _):
        found += [token, op, from, to]
      case .fungibleApproval(let token, let owner, let spender, _),
        .nftApproval(let token, let owner, let spender, _),
        .approvalForAll(let token, let owner, let spender, _):
        found += [token, owner, spender]
      case .wrap(let token, let account, _), .unwrap(let token, let account, _):
        found += [token, account]
      case .permit2Allowance(let permit2, let owner, let asset, let spender, _, _, _):
        found += [permit2, owner, asset, spender]
      }
    }
    return found
  }

  /// First occurrences, in order.
  private static func ordered(_ addresses: [Address]) -> [Address] {
    var seen = Set<Address>()
    return addresses.filter { seen.insert($0).inserted }
  }

  /// "missing state: account 0x… / slot …" — names what a snapshot lacks so it can be fixed.
  static func missing(_ error: StateError) -> String {
    switch error {
    case .missingAccount(let address): "missing state: account \(address.checksummed)"
    case .missingStorage(let address, let slot):
      "missing state: account \(address.checksummed) slot \(slot.hexString)"
    case .missingBlockHash(let number): "missing state: hash of block \(number)"
    case .unavailable(let reason): "state unavailable: \(reason)"
    }
  }

  /// "5", "0.25": whole seconds without a fraction.
  static func seconds(_ duration: Duration) -> String {
    let (whole, atto) = duration.components
    guard atto != 0 else { return String(whole) }
    let value = Double(whole) + Double(atto) / 1e18
    return String(format: "%g", value)
  }
}
