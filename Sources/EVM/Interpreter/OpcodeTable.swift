/// Per-fork lookup by byte of what the interpreter checks before every instruction: whether it
/// exists (as which opcode), its static gas, and the stack height it needs and may not exceed.
final class OpcodeTable: @unchecked Sendable {
  struct Entry {
    /// nil where the byte is no instruction at this fork. Stored so the loop dispatches on it
    /// without converting the byte again (`Opcode(rawValue:)` was 4% of a loop-heavy run).
    var opcode: Opcode?
    var staticGas: Int64 = 0
    /// The stack height the instruction needs. Above any possible height where the byte is no
    /// instruction, so the loop's one height check also stops undefined opcodes.
    var minimumHeight = ForkRules.maxStackHeight + 1
    /// How far above `minimumHeight` the height may be without the instruction overflowing
    /// 1024: the loop checks both bounds with one unsigned comparison against it.
    var heightSpan: UInt = 0
  }

  let entries: UnsafeMutablePointer<Entry>

  init(fork: Fork) {
    entries = .allocate(capacity: 256)
    entries.initialize(repeating: Entry(), count: 256)
    for opcode in Opcode.allCases where opcode.introduced <= fork {
      let (inputs, outputs) = opcode.stackEffect
      entries[Int(opcode.rawValue)] = Entry(
        opcode: opcode, staticGas: opcode.staticGas, minimumHeight: inputs,
        heightSpan: UInt(ForkRules.maxStackHeight - max(0, outputs - inputs) - inputs))
    }
  }

  deinit { entries.deallocate() }

  private static let tables: [Fork: OpcodeTable] = Dictionary(
    uniqueKeysWithValues: Fork.allCases.map { ($0, OpcodeTable(fork: $0)) })

  static func forFork(_ fork: Fork) -> OpcodeTable {
    tables[fork] ?? OpcodeTable(fork: fork)
  }
}
