import TxrayCore

/// Code ready to run: the bytes followed by 33 zero bytes, so a PUSH at the end reads zeros and
/// running off the end reads STOP without a bounds check, plus the valid JUMPDEST positions
/// (a 0x5b that is not inside PUSH data). Immutable and shared by every frame running this code.
final class Bytecode: @unchecked Sendable {
  let code: [UInt8]
  let padded: UnsafeMutablePointer<UInt8>
  private let jumpdests: UnsafeMutablePointer<UInt64>
  private let bitmapWords: Int

  var count: Int { code.count }

  init(_ code: [UInt8]) {
    self.code = code
    let padded = UnsafeMutablePointer<UInt8>.allocate(capacity: code.count + 33)
    padded.initialize(repeating: 0, count: code.count + 33)
    code.withUnsafeBufferPointer { source in
      if let base = source.baseAddress { padded.update(from: base, count: code.count) }
    }
    self.padded = padded
    bitmapWords = code.count / 64 + 1
    jumpdests = .allocate(capacity: bitmapWords)
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
  }

  deinit {
    padded.deallocate()
    jumpdests.deallocate()
  }

  /// Whether `destination` is a JUMPDEST instruction.
  @inline(__always)
  func isJumpdest(_ destination: UInt256) -> Bool {
    guard let position = destination.clamped(to: UInt64(code.count)), position < code.count else {
      return false
    }
    return jumpdests[position / 64] & (1 << UInt64(position % 64)) != 0
  }

  static let empty = Bytecode([])
}
