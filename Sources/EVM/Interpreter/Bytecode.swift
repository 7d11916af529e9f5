import TxrayCore

/// Code ready to run: the bytes followed by 33 zero bytes, so a PUSH at the end reads zeros and
/// running off the end reads STOP without a bounds check, plus the valid JUMPDEST positions
/// (a 0x5b that is not inside PUSH data). Immutable and shared by every frame running this code,
/// and across transactions through `CodeAnalysisCache`.
package final class Bytecode: @unchecked Sendable {
  let code: [UInt8]
  /// The padded bytes and the JUMPDEST bitmap, which every frame copies (see `CodeView`).
  let view: CodeView

  package var count: Int { code.count }

  init(_ code: [UInt8]) {
    self.code = code
    let padded = UnsafeMutablePointer<UInt8>.allocate(capacity: code.count + 33)
    padded.initialize(repeating: 0, count: code.count + 33)
    code.withUnsafeBufferPointer { source in
      if let base = source.baseAddress { padded.update(from: base, count: code.count) }
    }
    let bitmapWords = code.count / 64 + 1
    let jumpdests = UnsafeMutablePointer<UInt64>.allocate(capacity: bitmapWords)
    jumpdests.initialize(repeating: 0, count: bitmapWords)
    var pc = 0
    while pc < code.count {
      let op = padded[pc]
      if op == Opcode.jumpdest.rawValue {
        jumpdests[pc / 64] |= 1 << UInt64(pc % 64)
      } else if op >= Opcode.push1.rawValue && op <= Opcode.push32.rawValue {
        pc += Int(op - Opcode.push1.rawValue) + 1
      }
      pc += 1
    }
    view = CodeView(bytes: padded, count: code.count, jumpdests: jumpdests)
  }

  deinit {
    UnsafeMutablePointer(mutating: view.bytes).deallocate()
    view.jumpdests.deallocate()
  }

  static let empty = Bytecode([])
}

/// What the instruction loop reads of a `Bytecode`, as plain pointers. A frame holds a copy
/// next to the message that keeps the `Bytecode` alive, so PUSH, JUMP and the dispatch read code
/// without touching a reference (each read through the class cost a retain and a release).
struct CodeView {
  /// The code followed by 33 zero bytes.
  let bytes: UnsafePointer<UInt8>
  /// The code's length without the padding.
  let count: Int
  /// Bit `i % 64` of word `i / 64` is set when position `i` is a JUMPDEST instruction.
  let jumpdests: UnsafePointer<UInt64>

  init(bytes: UnsafeMutablePointer<UInt8>, count: Int, jumpdests: UnsafeMutablePointer<UInt64>) {
    self.bytes = UnsafePointer(bytes)
    self.count = count
    self.jumpdests = UnsafePointer(jumpdests)
  }

  /// Whether `destination` is a JUMPDEST instruction.
  @inline(__always)
  func isJumpdest(_ destination: UInt256) -> Bool {
    guard let position = destination.clamped(to: UInt64(count)), position < count else {
      return false
    }
    return jumpdests[position / 64] & (1 << UInt64(position % 64)) != 0
  }
}
