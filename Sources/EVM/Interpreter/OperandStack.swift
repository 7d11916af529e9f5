import TxrayCore

/// The operand stack: 1024 words in one allocation owned by the frame. Push and pop do not
/// check bounds; the interpreter checks each instruction's stack effect against the height
/// before running it, so the height arithmetic cannot overflow and is not checked either.
struct OperandStack {
  let base: UnsafeMutablePointer<UInt256>
  var count = 0

  init(base: UnsafeMutablePointer<UInt256>) {
    self.base = base
  }

  @inline(__always)
  mutating func push(_ value: UInt256) {
    base[count] = value
    count &+= 1
  }

  @inline(__always)
  mutating func pop() -> UInt256 {
    count &-= 1
    return base[count]
  }

  /// The word `depth` below the top (0 is the top).
  @inline(__always)
  func peek(_ depth: Int = 0) -> UInt256 {
    base[count &- 1 &- depth]
  }

  /// Replaces the word `depth` below the top.
  @inline(__always)
  func set(_ depth: Int, _ value: UInt256) {
    base[count &- 1 &- depth] = value
  }

  @inline(__always)
  mutating func dup(_ depth: Int) {
    base[count] = base[count &- depth]
    count &+= 1
  }

  @inline(__always)
  func swap(_ depth: Int) {
    let top = count &- 1
    let other = top &- depth
    let value = base[top]
    base[top] = base[other]
    base[other] = value
  }
}
