import TxrayCore

/// One running (or suspended) call or creation: its message plus the machine state.
struct Frame {
  let message: Message
  /// The running code's bytes and JUMPDESTs; `message.bytecode` keeps them alive.
  let code: CodeView
  let checkpoint: WorldState.Checkpoint
  var pc = 0
  var gas: Int64
  var stack: OperandStack
  var memory = FrameMemory()
  /// Output of the last child call (RETURNDATASIZE/RETURNDATACOPY).
  var returnData: [UInt8] = []
  /// Where a suspended CALL-family instruction wants the child's output.
  var outputOffset = 0
  var outputLength = 0
  /// Finished children, for the call tree.
  var children: [CallFrame] = []

  init(message: Message, checkpoint: WorldState.Checkpoint, gas: Int64, stack: OperandStack) {
    self.message = message
    code = message.bytecode.view
    self.checkpoint = checkpoint
    self.gas = gas
    self.stack = stack
  }

  var bytecode: Bytecode { message.bytecode }

  /// Charges `amount`; false when there is not enough gas. No charge exceeds 2⁶² (memory is
  /// capped at 2³² bytes first), so the subtraction cannot wrap and skips the overflow check.
  @inline(__always)
  mutating func charge(_ amount: Int64) -> Bool {
    gas &-= amount
    return gas >= 0
  }

  /// Charges for making `offset..<offset+length` addressable and expands; a halt when the
  /// region cannot be paid for. Returns the offset and length as Ints.
  @inline(__always)
  mutating func expandMemory(_ offset: UInt256, _ length: UInt256) -> (Int, Int)? {
    guard let size = length.clamped(to: FrameMemory.addressLimit) else { return nil }
    if size == 0 { return (0, 0) }
    guard let start = offset.clamped(to: FrameMemory.addressLimit) else { return nil }
    let cost = memory.expansionCost(offset: start, length: size)
    guard cost == 0 || charge(cost) else { return nil }
    memory.expand(offset: start, length: size)
    return (start, size)
  }
}
