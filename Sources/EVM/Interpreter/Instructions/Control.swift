import TxrayCore

// JUMP, JUMPI, PC, GAS, JUMPDEST, RETURN, REVERT, INVALID, STOP. Jumps also poll the wall-clock
// deadline, since every loop goes through one.

extension Interpreter {
  /// JUMP: the destination must be a JUMPDEST; execution continues there.
  @inline(__always)
  func jump(_ f: inout Frame) throws(ExecutionAbort) -> FrameExit? {
    let destination = f.stack.pop()
    guard f.code.isJumpdest(destination) else { return .halt(.invalidJump) }
    f.pc = Int(destination.low64)
    try pollDeadline()
    return nil
  }

  /// JUMPI: jumps when the condition is non-zero, otherwise falls through.
  @inline(__always)
  func jumpi(_ f: inout Frame) throws(ExecutionAbort) -> FrameExit? {
    let destination = f.stack.pop()
    let condition = f.stack.pop()
    if condition.isZero {
      f.pc &+= 1
      return nil
    }
    guard f.code.isJumpdest(destination) else { return .halt(.invalidJump) }
    f.pc = Int(destination.low64)
    try pollDeadline()
    return nil
  }

  @inline(__always)
  func pc(_ f: inout Frame) {
    f.stack.push(UInt256(UInt64(f.pc)))
  }

  @inline(__always)
  func gas(_ f: inout Frame) {
    f.stack.push(UInt256(UInt64(f.gas)))
  }

  /// RETURN and REVERT: the output region is charged and expanded here, read by the caller.
  @inline(__always)
  func returnRegion(_ f: inout Frame) -> (Int, Int)? {
    let offset = f.stack.pop()
    let length = f.stack.pop()
    return f.expandMemory(offset, length)
  }
}
