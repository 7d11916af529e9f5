import TxrayCore

// Bitwise logic, shifts (EIP-145), BYTE and CLZ (EIP-7939), and KECCAK256.

extension Interpreter {
  @inline(__always)
  func and(_ r: inout Registers) {
    let a = r.stack.pop()
    r.stack.set(0, a & r.stack.peek())
  }

  @inline(__always)
  func or(_ r: inout Registers) {
    let a = r.stack.pop()
    r.stack.set(0, a | r.stack.peek())
  }

  @inline(__always)
  func xor(_ r: inout Registers) {
    let a = r.stack.pop()
    r.stack.set(0, a ^ r.stack.peek())
  }

  @inline(__always)
  func not(_ r: inout Registers) {
    r.stack.set(0, ~r.stack.peek())
  }

  @inline(__always)
  func byte(_ r: inout Registers) {
    let index = r.stack.pop()
    r.stack.set(0, r.stack.peek().byte(at: index))
  }

  @inline(__always)
  func shl(_ r: inout Registers) {
    let shift = r.stack.pop()
    r.stack.set(0, r.stack.peek().shiftedLeft(by: shift))
  }

  @inline(__always)
  func shr(_ r: inout Registers) {
    let shift = r.stack.pop()
    r.stack.set(0, r.stack.peek().shiftedRight(by: shift))
  }

  @inline(__always)
  func sar(_ r: inout Registers) {
    let shift = r.stack.pop()
    r.stack.set(0, r.stack.peek().arithmeticShiftedRight(by: shift))
  }

  @inline(__always)
  func clz(_ r: inout Registers) {
    r.stack.set(0, UInt256(UInt64(r.stack.peek().leadingZeroBitCount)))
  }

  /// KECCAK256: 6 gas per word hashed plus memory expansion.
  func keccak256(_ f: inout Frame) -> FrameExit? {
    let offset = f.stack.pop()
    let length = f.stack.peek()
    guard let (start, size) = f.expandMemory(offset, length),
      f.charge(GasSchedule.keccak256Word * Int64((size + 31) / 32))
    else { return .halt(.outOfGas) }
    if size == 64 {
      f.stack.set(0, slotHashes.hash(f.memory.bytes! + start))
      return nil
    }
    let region = UnsafeRawBufferPointer(
      start: size == 0 ? nil : f.memory.bytes! + start, count: size)
    f.stack.set(0, Keccak256.word(region))
    return nil
  }
}
