import TxrayCore

/// One running (or suspended) call or creation: its message plus the machine state.
struct Frame {
  let message: Message
  /// The running code's bytes and JUMPDESTs; `message.bytecode` keeps them alive.
  let code: CodeView
  let checkpoint: WorldState.Checkpoint
  /// The program counter, gas and stack; `Interpreter.run` holds them in a local while it runs.
  var registers: Registers
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
    registers = Registers(gas: gas, stack: stack)
  }

  var bytecode: Bytecode { message.bytecode }

  var pc: Int {
    get { registers.pc }
    _modify { yield &registers.pc }
  }

  var gas: Int64 {
    get { registers.gas }
    _modify { yield &registers.gas }
  }

  var stack: OperandStack {
    get { registers.stack }
    _modify { yield &registers.stack }
  }

  @inline(__always)
  mutating func charge(_ amount: Int64) -> Bool {
    registers.charge(amount)
  }

  /// Charges for making `offset..<offset+length` addressable and expands; a halt when the
  /// region cannot be paid for. Returns the offset and length as Ints.
  @inline(__always)
  mutating func expandMemory(_ offset: UInt256, _ length: UInt256) -> (Int, Int)? {
    registers.expand(&memory, offset, length)
  }
}
