import TxrayCore

/// Runs transactions against a state source under one fork and block, without changing the
/// source: the result lists the changes instead.
public struct TransactionExecutor: Sendable {
  public let fork: Fork
  public let block: BlockEnvironment
  public let state: any StateSource
  public let limits: ExecutionLimits

  public init(
    fork: Fork, block: BlockEnvironment, state: any StateSource, limits: ExecutionLimits = .init()
  ) {
    self.fork = fork
    self.block = block
    self.state = state
    self.limits = limits
  }

  /// Validates `tx`, charges fees, runs it and reports every change (execution-specs
  /// `process_transaction`).
  public func execute(_ tx: ExecutableTransaction) -> ExecutionResult {
    guard fork >= .berlin else {
      return ExecutionResult(status: .unsupported("fork \(fork.displayName) is not simulated"))
    }
    let rules = ForkRules(fork)
    let validation: TransactionValidation
    do {
      validation = try TransactionValidation(tx, rules: rules, block: block)
    } catch {
      return ExecutionResult(status: .invalid(error.reason))
    }
    let world = WorldState(source: state, fork: fork)
    do {
      return try run(tx, validation: validation, rules: rules, world: world)
    } catch let error as TransactionValidation.Invalid {
      return ExecutionResult(status: .invalid(error.reason))
    } catch let error as StateError {
      return ExecutionResult(status: .stateUnavailable(error))
    } catch {
      return ExecutionResult(status: .unsupported("\(error)"))
    }
  }

  private func run(
    _ tx: ExecutableTransaction, validation: TransactionValidation, rules: ForkRules,
    world: WorldState
  ) throws -> ExecutionResult {
    let sender = try world.account(tx.sender)
    try validation.check(sender: sender, value: tx.value)

    let price = validation.effectiveGasPrice
    let gasFee = UInt256(validation.gasLimit) * price
    let blobFee = UInt256(validation.blobGasUsed) * validation.blobGasPrice
    world.setNonce(sender, sender.nonce + 1)
    world.setBalance(sender, sender.balance - gasFee - blobFee)

    if rules.hasWarmCoinbase { world.warm(block.coinbase) }
    for entry in tx.accessList {
      world.warm(entry.address)
      for key in entry.storageKeys {
        world.warm(entry.address, slot: UInt256(bigEndianBytes: key) ?? .zero)
      }
    }
    world.warm(tx.sender)

    var authorizationRefund: Int64 = 0
    if let authorizations = tx.authorizations {
      authorizationRefund = try world.applyAuthorizations(authorizations, chainId: block.chainId)
    }

    let interpreter = Interpreter(
      world: world, rules: rules, block: block, origin: tx.sender, gasPrice: price,
      blobHashes: tx.blobHashes ?? [],
      deadline: limits.deadline)
    let gas = Int64(validation.gasLimit - validation.intrinsicGas)
    let outcome: FrameOutcome
    switch try topFrame(tx, gas: gas, nonce: validation.nonce, world: world) {
    case .message(let message):
      do {
        outcome = try interpreter.execute(message)
      } catch {
        return ExecutionResult(status: status(of: error))
      }
    case .collision(let trace):
      outcome = FrameOutcome(success: false, gasLeft: 0, output: [], trace: trace)
    }

    // Refunds (capped per fork), then the EIP-7623 floor.
    let usedBeforeRefund = validation.gasLimit - UInt64(outcome.gasLeft)
    let counter = max(0, (outcome.success ? world.refund : 0) + authorizationRefund)
    let refund = min(usedBeforeRefund / rules.refundQuotient, UInt64(counter))
    let gasUsed = max(usedBeforeRefund - refund, validation.floorGas)
    world.setBalance(sender, sender.balance &+ UInt256(validation.gasLimit - gasUsed) * price)

    let coinbase = try world.account(block.coinbase)
    let tip = rules.hasBaseFee ? price - block.baseFee : price
    let reward = UInt256(gasUsed) * tip
    if !reward.isZero {
      world.setBalance(coinbase, coinbase.balance &+ reward)
    } else if coinbase.exists && coinbase.isEmpty {
      world.destroy(coinbase)
    }
    for entry in world.destructed { world.destroy(entry) }

    let created = world.accounts.entries.map(\.value)
      .filter { $0.createdInTransaction && $0.exists }.map(\.address).sorted()
    var trace = outcome.trace
    trace.gasUsed = gasUsed
    return ExecutionResult(
      status: outcome.success
        ? .success : trace.error == "revert" ? .reverted : .halted(trace.error ?? "failed"),
      gasUsed: gasUsed, gasRefunded: refund, output: outcome.output, logs: world.logs,
      root: trace, changes: world.changes(), created: created)
  }

  private enum TopFrame {
    case message(Message)
    /// A creation onto an address that already has code or a nonce: all gas is lost.
    case collision(CallFrame)
  }

  /// The first message (execution-specs `prepare_message` and `process_message_call`): a call
  /// follows an EIP-7702 delegation at the target; a creation gets its address from the sender
  /// and nonce.
  private func topFrame(
    _ tx: ExecutableTransaction, gas: Int64, nonce: UInt64, world: WorldState
  ) throws(StateError) -> TopFrame {
    guard let to = tx.to else {
      let address = ContractAddress.create(sender: tx.sender, nonce: nonce)
      world.warm(address)
      let target = try world.account(address)
      let hasStorage = try world.hasStorage(target)
      if target.hasCodeOrNonce || hasStorage {
        return .collision(
          CallFrame(
            kind: .create, from: tx.sender, to: address, value: tx.value, input: tx.data,
            gasUsed: UInt64(gas), success: false, error: "address collision"))
      }
      return .message(
        Message(
          kind: .create, caller: tx.sender, address: address, codeAddress: address,
          value: tx.value, input: [], gas: gas, isStatic: false, depth: 0, transfersValue: true,
          bytecode: Bytecode(tx.data), runsPrecompile: false))
    }
    world.warm(to)
    var codeSource = try world.account(to)
    var delegated = false
    if ForkRules(fork).hasDelegation, let delegate = codeSource.delegate {
      world.warm(delegate)
      codeSource = try world.account(delegate)
      delegated = true
    }
    return .message(
      Message(
        kind: .call, caller: tx.sender, address: to, codeAddress: codeSource.address,
        value: tx.value, input: tx.data, gas: gas, isStatic: false, depth: 0,
        transfersValue: true, bytecode: codeSource.bytecode,
        runsPrecompile: !delegated && Precompiles.isPrecompile(to, fork: fork)))
  }

  private func status(of abort: ExecutionAbort) -> ExecutionResult.Status {
    switch abort {
    case .state(let error): .stateUnavailable(error)
    case .timedOut: .timedOut
    }
  }

  /// eth_call semantics: no fee, no nonce check, over `state` with `changes` already applied
  /// (for reading token metadata after a transaction).
  public func call(
    from: Address, to: Address, data: [UInt8], gas: UInt64 = 10_000_000,
    after changes: [AccountChange] = []
  ) -> ExecutionResult {
    guard fork >= .berlin else {
      return ExecutionResult(status: .unsupported("fork \(fork.displayName) is not simulated"))
    }
    let rules = ForkRules(fork)
    let world = WorldState(source: ChangedState(base: state, changes: changes), fork: fork)
    world.warm(from)
    let tx = ExecutableTransaction(sender: from, to: to, data: data, gasLimit: UInt256(gas))
    do {
      guard case .message(let message) = try topFrame(tx, gas: Int64(gas), nonce: 0, world: world)
      else { return ExecutionResult(status: .invalid("call without a target")) }
      let interpreter = Interpreter(
        world: world, rules: rules, block: block, origin: from, gasPrice: .zero,
        blobHashes: [], deadline: limits.deadline)
      let outcome: FrameOutcome
      do {
        outcome = try interpreter.execute(message)
      } catch {
        return ExecutionResult(status: status(of: error))
      }
      let gasUsed = gas - UInt64(outcome.gasLeft)
      var trace = outcome.trace
      trace.gasUsed = gasUsed
      return ExecutionResult(
        status: outcome.success
          ? .success : trace.error == "revert" ? .reverted : .halted(trace.error ?? "failed"),
        gasUsed: gasUsed, output: outcome.output, logs: world.logs, root: trace,
        changes: world.changes())
    } catch {
      return ExecutionResult(status: .stateUnavailable(error))
    }
  }
}
