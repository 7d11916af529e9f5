import TxrayCore

// JUMP, JUMPI, PC, GAS, JUMPDEST, RETURN, REVERT, INVALID, STOP. Jumps also poll the wall-clock
// deadline, since every loop goes through one.

extension Interpreter {
  /// JUMP: the destination must be a JUMPDEST; execution continues there.
  @inline(__always)
  func jump(_ r: inout Registers, _ code: CodeView) throws(ExecutionAbort) -> FrameExit? {
    let destination = r.stack.pop()
    guard code.isJumpdest(destination) else { return .halt(.invalidJump) }
    r.pc = Int(destination.low64)
    try pollDeadline()
    return nil
  }

  /// JUMPI: jumps when the condition is non-zero, otherwise falls through.
  @inline(__always)
  func jumpi(_ r: inout Registers, _ code: CodeView) throws(ExecutionAbort) -> FrameExit? {
    let destination = r.stack.pop()
    let condition = r.stack.pop()
    if condition.isZero {
      r.pc &+= 1
      return nil
    }
    guard code.isJumpdest(destination) else { return .halt(.invalidJump) }
    r.pc = Int(destination.low64)
    try pollDeadline()
    return nil
  }

  @inline(__always)
  func pc(_ r: inout Registers) {
    r.stack.push(UInt256(UInt64(r.pc)))
  }

  @inline(__always)
  func gas(_ r: inout Registers) {
    r.stack.push(UInt256(UInt64(r.gas)))
  }

  /// RETURN and REVERT: the output region is charged and expanded here, read by the caller.
  @inline(__always)
  func returnRegion(_ r: inout Registers, _ memory: inout FrameMemory) -> (Int, Int)? {
    let offset = r.stack.pop()
    let length = r.stack.pop()
    return r.expand(&memory, offset, length)
  }
}
