import TxrayCore

// CALL, CALLCODE, DELEGATECALL, STATICCALL, CREATE, CREATE2 and SELFDESTRUCT. A call or creation
// that gets as far as a child frame returns `.call(message)`; the driver runs the child and
// resumes this frame with `resume(_:with:)`. Failures before that point (depth, balance,
// address collision) push 0 here and continue.

extension Interpreter {
  /// The CALL family (execution-specs `call`, `callcode`, `delegatecall`, `staticcall`).
  func call(_ f: inout Frame, _ kind: CallKind) throws(ExecutionAbort) -> FrameExit? {
    let requestedGas = f.stack.pop()
    let target = f.stack.pop().addressValue
    let value = kind == .call || kind == .callcode ? f.stack.pop() : .zero
    let inputOffset = f.stack.pop()
    let inputLength = f.stack.pop()
    let outputOffset = f.stack.pop()
    let outputLength = f.stack.pop()

    guard let (inputStart, inputSize) = f.expandMemory(inputOffset, inputLength),
      let (outputStart, outputSize) = f.expandMemory(outputOffset, outputLength)
    else { return .halt(.outOfGas) }

    var extraGas = accessCost(target)
    let targetAccount = try account(target)
    // EIP-7702: a designator makes the call run the delegate's code, paying for its access.
    var codeSource = targetAccount
    var delegated = false
    if rules.hasDelegation, let delegate = targetAccount.delegate {
      extraGas += accessCost(delegate)
      codeSource = try account(delegate)
      delegated = true
    }
    if !value.isZero && kind == .call {
      extraGas += GasSchedule.callValue
      if !targetAccount.isAlive { extraGas += GasSchedule.newAccount }
    } else if !value.isZero {
      extraGas += GasSchedule.callValue
    }
    guard f.gas >= extraGas else { return .halt(.outOfGas) }
    let available = f.gas - extraGas
    let allowed = available - available / 64
    let childGas = requestedGas.clamped(to: UInt64(allowed)).map(Int64.init) ?? allowed
    guard f.charge(extraGas + childGas) else { return .halt(.outOfGas) }
    if kind == .call && f.message.isStatic && !value.isZero { return .halt(.staticStateChange) }

    let stipend = value.isZero ? 0 : GasSchedule.callStipend
    f.returnData = []
    let caller = try account(f.message.address)
    if (kind == .call || kind == .callcode) && caller.balance < value
      || f.message.depth + 1 > ForkRules.maxCallDepth
    {
      f.gas += childGas + stipend
      f.stack.push(.zero)
      return nil
    }

    let isContext = kind == .callcode || kind == .delegatecall
    let message = Message(
      kind: kind,
      caller: kind == .delegatecall ? f.message.caller : f.message.address,
      address: isContext ? f.message.address : target,
      codeAddress: codeSource.address,
      value: kind == .delegatecall ? f.message.value : value,
      input: f.memory.read(inputStart, inputSize),
      gas: childGas + stipend,
      isStatic: f.message.isStatic || kind == .staticcall,
      depth: f.message.depth + 1,
      transfersValue: kind != .delegatecall,
      bytecode: codeSource.bytecode,
      runsPrecompile: !delegated && Precompiles.isPrecompile(target, fork: rules.fork))
    f.outputOffset = outputStart
    f.outputLength = outputSize
    return .call(message)
  }

  /// CREATE and CREATE2 (execution-specs `create`, `create2`, `generic_create`).
  func create(_ f: inout Frame, _ kind: CallKind) throws(ExecutionAbort) -> FrameExit? {
    let value = f.stack.pop()
    let offset = f.stack.pop()
    let length = f.stack.pop()
    let salt = kind == .create2 ? f.stack.pop() : .zero

    guard let (start, size) = f.expandMemory(offset, length) else { return .halt(.outOfGas) }
    let words = Int64((size + 31) / 32)
    var cost: Int64 = 0
    if rules.limitsInitcode { cost += Int64(GasSchedule.initCodeWord) * words }
    if kind == .create2 { cost += GasSchedule.keccak256Word * words }
    guard f.charge(cost) else { return .halt(.outOfGas) }
    if rules.limitsInitcode && size > ForkRules.maxInitcodeSize { return .halt(.outOfGas) }

    let childGas = f.gas - f.gas / 64
    f.gas -= childGas
    guard !f.message.isStatic else { return .halt(.staticStateChange) }
    f.returnData = []

    let creator = try account(f.message.address)
    if creator.balance < value || creator.nonce == UInt64.max
      || f.message.depth + 1 > ForkRules.maxCallDepth
    {
      f.gas += childGas
      f.stack.push(.zero)
      return nil
    }
    let initcode = f.memory.read(start, size)
    let address =
      kind == .create2
      ? ContractAddress.create2(sender: creator.address, salt: salt, initcode: initcode)
      : ContractAddress.create(sender: creator.address, nonce: creator.nonce)
    world.warm(address)
    let newAccount = try account(address)
    world.setNonce(creator, creator.nonce + 1)
    let hasStorage = try stateRead { () throws(StateError) in try world.hasStorage(newAccount) }
    if newAccount.hasCodeOrNonce || hasStorage {
      // An address collision burns the child's gas.
      f.stack.push(.zero)
      return nil
    }
    let message = Message(
      kind: kind, caller: creator.address, address: address, codeAddress: address, value: value,
      input: [], gas: childGas, isStatic: false, depth: f.message.depth + 1,
      transfersValue: true, bytecode: Bytecode(initcode), runsPrecompile: false)
    return .call(message)
  }

  /// SELFDESTRUCT: sends the whole balance to the beneficiary; since Cancun (EIP-6780) the
  /// account is deleted only when it was created in this transaction.
  func selfdestruct(_ f: inout Frame) throws(ExecutionAbort) -> FrameExit {
    let beneficiaryAddress = f.stack.pop().addressValue
    var cost: Int64 = 0
    if !world.warm(beneficiaryAddress) { cost += GasSchedule.coldAccountAccess }
    let beneficiary = try account(beneficiaryAddress)
    let originator = try account(f.message.address)
    if !beneficiary.isAlive && !originator.balance.isZero {
      cost += GasSchedule.selfDestructNewAccount
    }
    guard f.charge(cost) else { return .halt(.outOfGas) }
    guard !f.message.isStatic else { return .halt(.staticStateChange) }
    let alreadyScheduled = world.destructed.contains { $0 === originator }
    world.transfer(from: originator, to: beneficiary, originator.balance)
    if originator.createdInTransaction || !rules.selfDestructOnlyInCreatingTransaction {
      world.setBalance(originator, .zero)
      if !alreadyScheduled {
        world.scheduleDestruction(originator)
        world.addRefund(rules.selfDestructRefund)
      }
    }
    return .stop
  }

  /// Picks up a suspended frame after its child finished: gas left over comes back, the
  /// output is the new return data and lands in the reserved memory region (calls) or the new
  /// address is pushed (creations).
  func resume(_ f: inout Frame, with outcome: FrameOutcome) {
    f.gas += outcome.gasLeft
    f.children.append(outcome.trace)
    if f.message.isCreationOpcode(f.code.bytes[f.pc]) {
      f.returnData = outcome.success ? [] : outcome.output
      f.stack.push(outcome.success ? UInt256(outcome.trace.to) : .zero)
    } else {
      f.returnData = outcome.output
      f.memory.write(
        outcome.output, from: 0, at: f.outputOffset,
        length: min(f.outputLength, outcome.output.count))
      f.stack.push(outcome.success ? 1 : 0)
    }
    f.pc += 1
  }
}

extension Message {
  /// Whether the instruction at a suspended frame's pc is CREATE or CREATE2.
  fileprivate func isCreationOpcode(_ byte: UInt8) -> Bool {
    byte == Opcode.create.rawValue || byte == Opcode.create2.rawValue
  }
}
