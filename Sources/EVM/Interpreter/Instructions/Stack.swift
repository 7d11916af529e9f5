import TxrayCore

// POP, PUSH0 (EIP-3855), PUSH1…PUSH32, DUP1…DUP16, SWAP1…SWAP16.

extension Interpreter {
  @inline(__always)
  func pop(_ r: inout Registers) {
    r.stack.count &-= 1
  }

  @inline(__always)
  func push0(_ r: inout Registers) {
    r.stack.push(.zero)
  }

  /// PUSHn: reads the n bytes after the opcode (zeros past the end, thanks to the padding) and
  /// moves the program counter past them.
  @inline(__always)
  func push(_ r: inout Registers, _ code: CodeView, _ n: Int) {
    let code = code.bytes + r.pc + 1
    if n <= 8 {
      // One unaligned 8-byte load (the padding keeps it inside the allocation), then the n
      // leading bytes shifted down: a byte-at-a-time loop was a tenth of a loop-heavy run.
      let word = UInt64(bigEndian: UnsafeRawPointer(code).loadUnaligned(as: UInt64.self))
      r.stack.push(UInt256(word &>> UInt64(64 &- 8 &* n)))
    } else {
      withUnsafeTemporaryAllocation(byteCount: 32, alignment: 8) { buffer in
        let raw = buffer.baseAddress!
        raw.initializeMemory(as: UInt8.self, repeating: 0, count: 32 - n)
        (raw + (32 - n)).copyMemory(from: code, byteCount: n)
        r.stack.push(UInt256(loadingBigEndianFrom: raw))
      }
    }
    r.pc &+= n
  }

  @inline(__always)
  func dup(_ r: inout Registers, _ n: Int) {
    r.stack.dup(n)
  }

  @inline(__always)
  func swap(_ r: inout Registers, _ n: Int) {
    r.stack.swap(n)
  }
}
