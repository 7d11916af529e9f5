import TxrayCore

// MLOAD, MSTORE, MSTORE8, MSIZE and MCOPY (EIP-5656). Memory expansion is charged by
// `Frame.expandMemory` before any byte moves.

extension Interpreter {
  @inline(__always)
  func mload(_ f: inout Frame) -> FrameExit? {
    guard let (start, _) = f.expandMemory(f.stack.peek(), 32) else { return .halt(.outOfGas) }
    f.stack.set(0, f.memory.load(start))
    return nil
  }

  @inline(__always)
  func mstore(_ f: inout Frame) -> FrameExit? {
    let offset = f.stack.pop()
    let value = f.stack.pop()
    guard let (start, _) = f.expandMemory(offset, 32) else { return .halt(.outOfGas) }
    f.memory.store(start, value)
    return nil
  }

  @inline(__always)
  func mstore8(_ f: inout Frame) -> FrameExit? {
    let offset = f.stack.pop()
    let value = f.stack.pop()
    guard let (start, _) = f.expandMemory(offset, 1) else { return .halt(.outOfGas) }
    f.memory.store8(start, UInt8(truncatingIfNeeded: value.low64))
    return nil
  }

  @inline(__always)
  func msize(_ f: inout Frame) {
    f.stack.push(UInt256(UInt64(f.memory.size)))
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
