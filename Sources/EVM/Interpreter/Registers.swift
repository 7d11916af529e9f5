import TxrayCore

/// What nearly every instruction reads and changes: the program counter, the gas left and the
/// stack. The instruction loop keeps them in a local, which the compiler holds in machine
/// registers, and writes them into the frame only around instructions that need the whole frame.
/// Kept in the frame, every instruction paid a load and a store of each (a tenth of the machine
/// instructions of a loop-heavy run, and a chain of store-to-load waits through the gas count).
struct Registers {
  var pc = 0
  var gas: Int64
  var stack: OperandStack

  /// Charges `amount`; false when there is not enough gas. No charge exceeds 2⁶² (memory is
  /// capped at 2³² bytes first), so the subtraction cannot wrap and skips the overflow check.
  @inline(__always)
  mutating func charge(_ amount: Int64) -> Bool {
    gas &-= amount
    return gas >= 0
  }

  /// Charges for making `offset..<offset+length` of `memory` addressable and expands it; nil
  /// when the region cannot be paid for. Returns the offset and length as Ints.
  @inline(__always)
  mutating func expand(
    _ memory: inout FrameMemory, _ offset: UInt256, _ length: UInt256
  ) -> (Int, Int)? {
    guard let size = length.clamped(to: FrameMemory.addressLimit) else { return nil }
    if size == 0 { return (0, 0) }
    guard let start = offset.clamped(to: FrameMemory.addressLimit) else { return nil }
    let cost = memory.expansionCost(offset: start, length: size)
    guard cost == 0 || charge(cost) else { return nil }
    memory.expand(offset: start, length: size)
    return (start, size)
  }
}
