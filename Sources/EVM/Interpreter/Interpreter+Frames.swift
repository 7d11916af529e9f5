import TxrayCore

/// How a finished frame ended, as its parent (or the transaction) sees it.
struct FrameOutcome {
  var success: Bool
  var gasLeft: Int64
  var output: [UInt8]
  var trace: CallFrame
}

extension Interpreter {
  /// Runs `message` and every frame it spawns to completion without recursion (so 1024 nested
  /// calls need no native stack). A failed state read or the deadline, met in any frame, ends
  /// them all and is thrown.
  func execute(_ message: Message) throws(ExecutionAbort) -> FrameOutcome {
    // The running frame stays in one local and the waiting ones on a stack, rather than passing
    // through an enum on every step.
    var suspended: [Frame] = []
    defer { for waiting in suspended { release(waiting) } }
    var frame: Frame
    switch try begin(message) {
    case .finished(let outcome): return outcome
    case .running(let first): frame = first
    }
    while true {
      let exit: FrameExit
      do {
        exit = try run(&frame)
      } catch {
        release(frame)
        throw error
      }
      if case .call(let child) = exit {
        suspended.append(frame)
        switch try begin(child) {
        case .running(let childFrame):
          frame = childFrame
        case .finished(let outcome):
          frame = suspended.removeLast()
          resume(&frame, with: outcome)
        }
        continue
      }
      let outcome = try finish(frame, exit)
      // The parent resumes where it lies, so its children's trace array stays uniquely held:
      // resumed through a copy, every append copied the whole array (quadratic in the calls).
      guard var parent = suspended.popLast() else { return outcome }
      resume(&parent, with: outcome)
      frame = parent
    }
  }

  private enum Step {
    case running(Frame)
    case finished(FrameOutcome)
  }

  /// Opens a frame: checkpoint, creation setup, value transfer, then either a precompile
  /// result or a frame ready to run.
  private func begin(_ message: Message) throws(ExecutionAbort) -> Step {
    try checkDeadline()
    let checkpoint = world.checkpoint()
    let recipient = try account(message.address)
    if message.isCreation {
      world.markCreated(recipient)
      world.setNonce(recipient, 1)
    }
    if message.transfersValue && !message.value.isZero {
      let sender = try account(message.caller)
      world.transfer(from: sender, to: recipient, message.value)
    }
    var trace = CallFrame(
      kind: message.kind, from: message.caller, to: message.address, value: message.value,
      input: message.isCreation ? message.bytecode.code : message.input)
    if message.runsPrecompile {
      switch Precompiles.run(
        message.codeAddress, input: message.input, gasLimit: UInt64(message.gas),
        fork: rules.fork)
      {
      case .success(let used, let output):
        trace.output = output
        trace.gasUsed = used
        return .finished(
          FrameOutcome(
            success: true, gasLeft: message.gas - Int64(used), output: output, trace: trace))
      case .failure:
        world.revert(to: checkpoint)
        trace.gasUsed = UInt64(message.gas)
        trace.success = false
        trace.error = Halt.precompileFailed.description
        return .finished(FrameOutcome(success: false, gasLeft: 0, output: [], trace: trace))
      }
    }
    return .running(
      Frame(message: message, checkpoint: checkpoint, gas: message.gas, stack: makeStack()))
  }

  /// Closes a frame: output, code deposit for a creation, commit or revert, and its trace.
  private func finish(_ frame: Frame, _ exit: FrameExit) throws(ExecutionAbort) -> FrameOutcome {
    defer { release(frame) }
    let message = frame.message
    var trace = CallFrame(
      kind: message.kind, from: message.caller, to: message.address, value: message.value,
      input: message.isCreation ? message.bytecode.code : message.input,
      children: frame.children)
    var outcome = FrameOutcome(success: true, gasLeft: frame.gas, output: [], trace: trace)
    switch exit {
    case .stop:
      break
    case .return(let offset, let length):
      outcome.output = frame.memory.read(offset, length)
    case .revert(let offset, let length):
      outcome.output = frame.memory.read(offset, length)
      outcome.success = false
      trace.error = "revert"
    case .halt(let halt):
      outcome.success = false
      outcome.gasLeft = 0
      trace.error = halt.description
    case .call:
      break
    }
    if outcome.success && message.isCreation {
      if let halt = try deposit(outcome.output, for: message.address, gasLeft: &outcome.gasLeft) {
        outcome = FrameOutcome(success: false, gasLeft: 0, output: [], trace: trace)
        trace.error = halt.description
      }
    }
    if !outcome.success { world.revert(to: frame.checkpoint) }
    trace.output = outcome.output
    trace.success = outcome.success
    trace.gasUsed = UInt64(max(0, message.gas - outcome.gasLeft))
    outcome.trace = trace
    return outcome
  }

  /// Stores a creation's returned code: EIP-3541 rejects a leading 0xEF, 200 gas per byte,
  /// EIP-170 caps the size.
  private func deposit(
    _ code: [UInt8], for address: Address, gasLeft: inout Int64
  ) throws(ExecutionAbort) -> Halt? {
    if rules.hasBaseFee && code.first == 0xef { return .codeStartsWithEF }
    let cost = GasSchedule.codeDeposit * Int64(code.count)
    guard gasLeft >= cost else { return .outOfGas }
    if code.count > ForkRules.maxCodeSize { return .codeTooLarge }
    gasLeft -= cost
    world.setCode(try account(address), code)
    return nil
  }
}
