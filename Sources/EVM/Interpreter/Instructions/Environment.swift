import TxrayCore

// The message and account environment: ADDRESS … EXTCODEHASH and SELFBALANCE. Account reads pay
// EIP-2929 warm/cold access; EXTCODE* see an EIP-7702 designator itself, not the delegate's code.

extension Interpreter {
  @inline(__always)
  func address(_ f: inout Frame) {
    f.stack.push(UInt256(f.message.address))
  }

  func balance(_ f: inout Frame) throws(ExecutionAbort) -> FrameExit? {
    let target = f.stack.peek().addressValue
    guard f.charge(accessCost(target)) else { return .halt(.outOfGas) }
    f.stack.set(0, try account(target).balance)
    return nil
  }

  @inline(__always)
  func origin(_ f: inout Frame) {
    f.stack.push(UInt256(origin))
  }

  @inline(__always)
  func caller(_ f: inout Frame) {
    f.stack.push(UInt256(f.message.caller))
  }

  @inline(__always)
  func callvalue(_ f: inout Frame) {
    f.stack.push(f.message.value)
  }

  @inline(__always)
  func calldataload(_ f: inout Frame) {
    let input = f.message.input
    guard let start = f.stack.peek().clamped(to: UInt64(input.count)), start < input.count else {
      f.stack.set(0, .zero)
      return
    }
    withUnsafeTemporaryAllocation(byteCount: 32, alignment: 8) { buffer in
      let raw = buffer.baseAddress!
      let available = min(32, input.count - start)
      input.withUnsafeBytes { bytes in
        raw.copyMemory(from: bytes.baseAddress! + start, byteCount: available)
      }
      (raw + available).initializeMemory(as: UInt8.self, repeating: 0, count: 32 - available)
      f.stack.set(0, UInt256(loadingBigEndianFrom: raw))
    }
  }

  @inline(__always)
  func calldatasize(_ f: inout Frame) {
    f.stack.push(UInt256(UInt64(f.message.input.count)))
  }

  func calldatacopy(_ f: inout Frame) -> FrameExit? {
    copyToMemory(&f, from: f.message.input)
  }

  @inline(__always)
  func codesize(_ f: inout Frame) {
    f.stack.push(UInt256(UInt64(f.code.count)))
  }

  func codecopy(_ f: inout Frame) -> FrameExit? {
    copyToMemory(&f, from: f.bytecode.code)
  }

  @inline(__always)
  func gasprice(_ f: inout Frame) {
    f.stack.push(gasPrice)
  }

  func extcodesize(_ f: inout Frame) throws(ExecutionAbort) -> FrameExit? {
    let target = f.stack.peek().addressValue
    guard f.charge(accessCost(target)) else { return .halt(.outOfGas) }
    f.stack.set(0, UInt256(UInt64(try account(target).code.count)))
    return nil
  }

  func extcodecopy(_ f: inout Frame) throws(ExecutionAbort) -> FrameExit? {
    let target = f.stack.pop().addressValue
    guard f.charge(accessCost(target)) else { return .halt(.outOfGas) }
    return copyToMemory(&f, from: try account(target).code)
  }

  @inline(__always)
  func returndatasize(_ f: inout Frame) {
    f.stack.push(UInt256(UInt64(f.returnData.count)))
  }

  /// RETURNDATACOPY: reading past the end of the return data halts (EIP-211).
  func returndatacopy(_ f: inout Frame) -> FrameExit? {
    let destination = f.stack.pop()
    let offset = f.stack.pop()
    let length = f.stack.pop()
    guard let start = offset.clamped(to: FrameMemory.addressLimit),
      let size = length.clamped(to: FrameMemory.addressLimit),
      start + size <= f.returnData.count
    else { return .halt(.returnDataOutOfBounds) }
    guard f.charge(GasSchedule.copyWord * Int64((size + 31) / 32)),
      let (to, _) = f.expandMemory(destination, length)
    else { return .halt(.outOfGas) }
    f.memory.write(f.returnData, from: start, at: to, length: size)
    return nil
  }

  /// EXTCODEHASH: zero for an account that does not exist or is empty.
  func extcodehash(_ f: inout Frame) throws(ExecutionAbort) -> FrameExit? {
    let target = f.stack.peek().addressValue
    guard f.charge(accessCost(target)) else { return .halt(.outOfGas) }
    let account = try account(target)
    f.stack.set(0, account.exists && !account.isEmpty ? account.codeHash : .zero)
    return nil
  }

  func selfbalance(_ f: inout Frame) throws(ExecutionAbort) {
    f.stack.push(try account(f.message.address).balance)
  }

  /// CALLDATACOPY, CODECOPY, EXTCODECOPY: memory offset, source offset and length on the
  /// stack; 3 gas per word; zeros past the end of the source.
  private func copyToMemory(_ f: inout Frame, from source: [UInt8]) -> FrameExit? {
    let destination = f.stack.pop()
    let offset = f.stack.pop()
    let length = f.stack.pop()
    guard let size = length.clamped(to: FrameMemory.addressLimit),
      f.charge(GasSchedule.copyWord * Int64((size + 31) / 32)),
      let (to, _) = f.expandMemory(destination, length)
    else { return .halt(.outOfGas) }
    let start = offset.clamped(to: UInt64(source.count)) ?? source.count
    f.memory.write(source, from: start, at: to, length: size)
    return nil
  }
}
