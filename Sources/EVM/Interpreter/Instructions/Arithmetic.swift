import TxrayCore

// Arithmetic and comparison. Each instruction's stack height and static gas were checked by the
// loop; only EXP has dynamic gas.

extension Interpreter {
  @inline(__always)
  func add(_ r: inout Registers) {
    let a = r.stack.pop()
    r.stack.set(0, a &+ r.stack.peek())
  }

  @inline(__always)
  func mul(_ r: inout Registers) {
    let a = r.stack.pop()
    r.stack.set(0, a &* r.stack.peek())
  }

  @inline(__always)
  func sub(_ r: inout Registers) {
    let a = r.stack.pop()
    r.stack.set(0, a &- r.stack.peek())
  }

  @inline(__always)
  func div(_ r: inout Registers) {
    let a = r.stack.pop()
    r.stack.set(0, a.evmDivided(by: r.stack.peek()))
  }

  @inline(__always)
  func sdiv(_ r: inout Registers) {
    let a = r.stack.pop()
    r.stack.set(0, a.signedDivided(by: r.stack.peek()))
  }

  @inline(__always)
  func mod(_ r: inout Registers) {
    let a = r.stack.pop()
    r.stack.set(0, a.evmRemainder(dividingBy: r.stack.peek()))
  }

  @inline(__always)
  func smod(_ r: inout Registers) {
    let a = r.stack.pop()
    r.stack.set(0, a.signedRemainder(dividingBy: r.stack.peek()))
  }

  @inline(__always)
  func addmod(_ r: inout Registers) {
    let a = r.stack.pop()
    let b = r.stack.pop()
    r.stack.set(0, a.addMod(b, modulus: r.stack.peek()))
  }

  @inline(__always)
  func mulmod(_ r: inout Registers) {
    let a = r.stack.pop()
    let b = r.stack.pop()
    r.stack.set(0, a.mulMod(b, modulus: r.stack.peek()))
  }

  /// EXP: 50 gas per byte of the exponent.
  @inline(__always)
  func exp(_ r: inout Registers) -> FrameExit? {
    let base = r.stack.pop()
    let exponent = r.stack.peek()
    guard r.charge(GasSchedule.expByte * Int64(exponent.byteWidth)) else {
      return .halt(.outOfGas)
    }
    r.stack.set(0, base.power(exponent))
    return nil
  }

  @inline(__always)
  func signextend(_ r: inout Registers) {
    let byteIndex = r.stack.pop()
    r.stack.set(0, r.stack.peek().signExtended(fromByte: byteIndex))
  }

  @inline(__always)
  func lt(_ r: inout Registers) {
    let a = r.stack.pop()
    r.stack.set(0, a < r.stack.peek() ? 1 : 0)
  }

  @inline(__always)
  func gt(_ r: inout Registers) {
    let a = r.stack.pop()
    r.stack.set(0, a > r.stack.peek() ? 1 : 0)
  }

  @inline(__always)
  func slt(_ r: inout Registers) {
    let a = r.stack.pop()
    r.stack.set(0, a.signedLessThan(r.stack.peek()) ? 1 : 0)
  }

  @inline(__always)
  func sgt(_ r: inout Registers) {
    let a = r.stack.pop()
    r.stack.set(0, r.stack.peek().signedLessThan(a) ? 1 : 0)
  }

  @inline(__always)
  func eq(_ r: inout Registers) {
    let a = r.stack.pop()
    r.stack.set(0, a == r.stack.peek() ? 1 : 0)
  }

  @inline(__always)
  func iszero(_ r: inout Registers) {
    r.stack.set(0, r.stack.peek().isZero ? 1 : 0)
  }
}
