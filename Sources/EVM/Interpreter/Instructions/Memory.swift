import TxrayCore

// MLOAD, MSTORE, MSTORE8, MSIZE and MCOPY (EIP-5656). Memory expansion is charged by
// `Frame.expandMemory` before any byte moves.

extension Interpreter {
  @inline(__always)
  func mload(_ r: inout Registers, _ memory: inout FrameMemory) -> FrameExit? {
    guard let (start, _) = r.expand(&memory, r.stack.peek(), 32) else { return .halt(.outOfGas) }
    r.stack.set(0, memory.load(start))
    return nil
  }

  @inline(__always)
  func mstore(_ r: inout Registers, _ memory: inout FrameMemory) -> FrameExit? {
    let offset = r.stack.pop()
    let value = r.stack.pop()
    guard let (start, _) = r.expand(&memory, offset, 32) else { return .halt(.outOfGas) }
    memory.store(start, value)
    return nil
  }

  @inline(__always)
  func mstore8(_ r: inout Registers, _ memory: inout FrameMemory) -> FrameExit? {
    let offset = r.stack.pop()
    let value = r.stack.pop()
    guard let (start, _) = r.expand(&memory, offset, 1) else { return .halt(.outOfGas) }
    memory.store8(start, UInt8(truncatingIfNeeded: value.low64))
    return nil
  }

  @inline(__always)
  func msize(_ r: inout Registers, _ memory: inout FrameMemory) {
    r.stack.push(UInt256(UInt64(memory.size)))
  }

  /// MCOPY: 3 gas per word copied, memory expanded to cover both regions.
  func mcopy(_ f: inout Frame) -> FrameExit? {
    let destination = f.stack.pop()
    let source = f.stack.pop()
    let length = f.stack.pop()
    guard let size = length.clamped(to: FrameMemory.addressLimit),
      f.charge(GasSchedule.copyWord * Int64((size + 31) / 32))
    else { return .halt(.outOfGas) }
    if size == 0 { return nil }
    guard let (from, _) = f.expandMemory(source, length),
      let (to, _) = f.expandMemory(destination, length)
    else { return .halt(.outOfGas) }
    f.memory.move(from: from, to: to, length: size)
    return nil
  }
}
