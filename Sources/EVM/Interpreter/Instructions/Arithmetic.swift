import TxrayCore

// Arithmetic and comparison. Each instruction's stack height and static gas were checked by the
// loop; only EXP has dynamic gas.

extension Interpreter {
  @inline(__always)
  func add(_ f: inout Frame) {
    let a = f.stack.pop()
    f.stack.set(0, a &+ f.stack.peek())
  }

  @inline(__always)
  func mul(_ f: inout Frame) {
    let a = f.stack.pop()
    f.stack.set(0, a &* f.stack.peek())
  }

  @inline(__always)
  func sub(_ f: inout Frame) {
    let a = f.stack.pop()
    f.stack.set(0, a &- f.stack.peek())
  }

  @inline(__always)
  func div(_ f: inout Frame) {
    let a = f.stack.pop()
    f.stack.set(0, a.evmDivided(by: f.stack.peek()))
  }

  @inline(__always)
  func sdiv(_ f: inout Frame) {
    let a = f.stack.pop()
    f.stack.set(0, a.signedDivided(by: f.stack.peek()))
  }

  @inline(__always)
  func mod(_ f: inout Frame) {
    let a = f.stack.pop()
    f.stack.set(0, a.evmRemainder(dividingBy: f.stack.peek()))
  }

  @inline(__always)
  func smod(_ f: inout Frame) {
    let a = f.stack.pop()
    f.stack.set(0, a.signedRemainder(dividingBy: f.stack.peek()))
  }

  @inline(__always)
  func addmod(_ f: inout Frame) {
    let a = f.stack.pop()
    let b = f.stack.pop()
    f.stack.set(0, a.addMod(b, modulus: f.stack.peek()))
  }

  @inline(__always)
  func mulmod(_ f: inout Frame) {
    let a = f.stack.pop()
    let b = f.stack.pop()
    f.stack.set(0, a.mulMod(b, modulus: f.stack.peek()))
  }

  /// EXP: 50 gas per byte of the exponent.
  @inline(__always)
  func exp(_ f: inout Frame) -> FrameExit? {
    let base = f.stack.pop()
    let exponent = f.stack.peek()
    guard f.charge(GasSchedule.expByte * Int64(exponent.byteWidth)) else {
      return .halt(.outOfGas)
    }
    f.stack.set(0, base.power(exponent))
    return nil
  }

  @inline(__always)
  func signextend(_ f: inout Frame) {
    let byteIndex = f.stack.pop()
    f.stack.set(0, f.stack.peek().signExtended(fromByte: byteIndex))
  }

  @inline(__always)
  func lt(_ f: inout Frame) {
    let a = f.stack.pop()
    f.stack.set(0, a < f.stack.peek() ? 1 : 0)
  }

  @inline(__always)
  func gt(_ f: inout Frame) {
    let a = f.stack.pop()
    f.stack.set(0, a > f.stack.peek() ? 1 : 0)
  }

  @inline(__always)
  func slt(_ f: inout Frame) {
    let a = f.stack.pop()
    f.stack.set(0, a.signedLessThan(f.stack.peek()) ? 1 : 0)
  }

  @inline(__always)
  func sgt(_ f: inout Frame) {
    let a = f.stack.pop()
    f.stack.set(0, f.stack.peek().signedLessThan(a) ? 1 : 0)
  }

  @inline(__always)
  func eq(_ f: inout Frame) {
    let a = f.stack.pop()
    f.stack.set(0, a == f.stack.peek() ? 1 : 0)
  }

  @inline(__always)
  func iszero(_ f: inout Frame) {
    f.stack.set(0, f.stack.peek().isZero ? 1 : 0)
  }
}
