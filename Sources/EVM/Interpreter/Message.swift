import TxrayCore

/// What starts a frame: who calls whom with what, under which rules. Mirrors execution-specs'
/// `Message`.
struct Message {
  var kind: CallKind
  var caller: Address
  /// The account whose storage and balance the code acts on (`current_target`).
  var address: Address
  /// The account the code came from: differs for DELEGATECALL, CALLCODE and EIP-7702 delegates.
  var codeAddress: Address
  var value: UInt256
  var input: [UInt8]
  var gas: Int64
  var isStatic: Bool
  var depth: Int
  /// CALL, CALLCODE and creations move `value`; DELEGATECALL only reports its parent's.
  var transfersValue: Bool
  var bytecode: Bytecode
  /// Run the precompile at `codeAddress` instead of `bytecode` (false for EIP-7702 delegates,
  /// which never run precompiles).
  var runsPrecompile: Bool
  var isCreation: Bool { kind == .create || kind == .create2 }
}

/// Why a frame stopped exceptionally: it loses all its gas and its state changes.
enum Halt: Error, Equatable, CustomStringConvertible {
  case outOfGas
  case stackUnderflow
  case stackOverflow
  case invalidOpcode(UInt8)
  case invalidJump
  case staticStateChange
  case returnDataOutOfBounds
  case codeStartsWithEF
  case codeTooLarge
  case initcodeTooLarge
  case precompileFailed

  var description: String {
    switch self {
    case .outOfGas: "out of gas"
    case .stackUnderflow: "stack underflow"
    case .stackOverflow: "stack overflow"
    case .invalidOpcode(let byte):
      "invalid opcode 0x" + String(byte, radix: 16).leftPadded(to: 2)
    case .invalidJump: "invalid jump destination"
    case .staticStateChange: "state change in static call"
    case .returnDataOutOfBounds: "return data out of bounds"
    case .codeStartsWithEF: "new code starts with 0xef"
    case .codeTooLarge: "new code exceeds 24576 bytes"
    case .initcodeTooLarge: "initcode exceeds 49152 bytes"
    case .precompileFailed: "precompile failed"
    }
  }
}

extension String {
  fileprivate func leftPadded(to width: Int) -> String {
    String(repeating: "0", count: max(0, width - count)) + self
  }
}

/// How the interpreter loop left a frame.
enum FrameExit {
  /// STOP, SELFDESTRUCT, or the end of the code.
  case stop
  /// RETURN/REVERT of memory already paid for and expanded.
  case `return`(offset: Int, length: Int)
  case revert(offset: Int, length: Int)
  case halt(Halt)
  /// A child frame must run first; the parent resumes with its outcome. Boxed (`indirect`):
  /// a `Message` inline made every `FrameExit?` an instruction returns a 200-byte value to
  /// copy and check, 5% of a loop-heavy run; the box costs one allocation per call.
  indirect case call(Message)
}

/// What ended the whole execution early, beyond any frame's control: thrown out of the frame
/// that met it and out of every frame waiting on it, the one way a frame ends other than a
/// `FrameExit`.
enum ExecutionAbort: Error {
  case state(StateError)
  case timedOut
}
