import TxrayCore

// POP, PUSH0 (EIP-3855), PUSH1…PUSH32, DUP1…DUP16, SWAP1…SWAP16.

extension Interpreter {
  @inline(__always)
  func pop(_ f: inout Frame) {
    f.stack.count -= 1
  }

  @inline(__always)
  func push0(_ f: inout Frame) {
    f.stack.push(.zero)
  }

  /// PUSHn: reads the n bytes after the opcode (zeros past the end, thanks to the padding) and
  /// moves the program counter past them.
  @inline(__always)
  func push(_ f: inout Frame, _ n: Int) {
    let code = f.code.bytes + f.pc + 1
    if n <= 8 {
      var value: UInt64 = 0
      for i in 0..<n { value = value << 8 | UInt64(code[i]) }
      f.stack.push(UInt256(value))
    } else {
      withUnsafeTemporaryAllocation(byteCount: 32, alignment: 8) { buffer in
        let raw = buffer.baseAddress!
        raw.initializeMemory(as: UInt8.self, repeating: 0, count: 32 - n)
        (raw + (32 - n)).copyMemory(from: code, byteCount: n)
        f.stack.push(UInt256(loadingBigEndianFrom: raw))
      }
    }
    f.pc &+= n
  }

  @inline(__always)
  func dup(_ f: inout Frame, _ n: Int) {
    f.stack.dup(n)
  }

  @inline(__always)
  func swap(_ f: inout Frame, _ n: Int) {
    f.stack.swap(n)
  }
}
