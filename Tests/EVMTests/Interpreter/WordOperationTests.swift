import EVM
import Testing
import TxrayCore

/// The EVM's signed, modular and bit-level word operations, run as bytecode and checked against
/// values worked out from the Yellow Paper definitions.
@Suite struct WordOperationTests {
  static let max = UInt256.max
  static func negative(_ value: UInt64) -> UInt256 { UInt256.max &- UInt256(value) &+ 1 }

  struct Case: Sendable, CustomTestStringConvertible {
    let opcode: Opcode
    let operands: [UInt256]  // first operand first (it ends on top of the stack)
    let expected: UInt256
    var testDescription: String { "\(opcode.mnemonic) \(operands)" }
  }

  static let cases: [Case] = [
    Case(opcode: .sdiv, operands: [negative(8), 3], expected: negative(2)),
    Case(opcode: .sdiv, operands: [UInt256(1) << 255, max], expected: UInt256(1) << 255),
    Case(opcode: .sdiv, operands: [7, 0], expected: 0),
    Case(opcode: .smod, operands: [negative(8), 3], expected: negative(2)),
    Case(opcode: .smod, operands: [8, negative(3)], expected: 2),
    Case(opcode: .addmod, operands: [max, 2, 3], expected: 2),  // ADDMOD: (2²⁵⁶ + 1) mod 3
    Case(opcode: .addmod, operands: [5, 6, 0], expected: 0),
    Case(opcode: .mulmod, operands: [max, max, 12], expected: 9),  // MULMOD: 3² mod 12
    Case(opcode: .mulmod, operands: [max, max, max &- 1], expected: 1),
    Case(opcode: .exp, operands: [2, 255], expected: UInt256(1) << 255),
    Case(opcode: .exp, operands: [0, 0], expected: 1),
    Case(opcode: .exp, operands: [3, 300], expected: UInt256(3).raised(to: 300)),
    Case(opcode: .signextend, operands: [0, 0xff], expected: max),
    Case(opcode: .signextend, operands: [0, 0x7f], expected: 0x7f),
    Case(opcode: .signextend, operands: [31, 0x80], expected: 0x80),
    Case(opcode: .slt, operands: [negative(1), 0], expected: 1),
    Case(opcode: .sgt, operands: [negative(1), 0], expected: 0),
    Case(opcode: .byte, operands: [31, 0x1ff], expected: 0xff),
    Case(opcode: .byte, operands: [32, max], expected: 0),
    Case(opcode: .shl, operands: [256, 1], expected: 0),
    Case(opcode: .shr, operands: [4, 0xff], expected: 0xf),
    Case(opcode: .sar, operands: [1, negative(2)], expected: max),
    Case(opcode: .sar, operands: [256, negative(1)], expected: max),
    Case(opcode: .sar, operands: [256, 1], expected: 0),
    Case(opcode: .clz, operands: [0], expected: 256),  // CLZ (EIP-7939)
    Case(opcode: .clz, operands: [1], expected: 255),
    Case(opcode: .clz, operands: [UInt256(1) << 255], expected: 0),
  ]

  @Test(arguments: cases)
  func operation(_ testCase: Case) {
    var program = Assembler()
    for operand in testCase.operands.reversed() { program = program.push(operand) }
    let code = program.op(testCase.opcode).returnTopWord().code
    let result = TestChain(code: code).execute()
    #expect(result.status == .success)
    #expect(result.output == testCase.expected.bigEndianBytes)
  }

  /// EXP costs 10 plus 50 per byte of the exponent.
  @Test func expGas() {
    let small = TestChain(code: Assembler().push(0xff).push(2).op(.exp).code).execute()
    let large = TestChain(code: Assembler().push(0xffff).push(2).op(.exp).code).execute()
    #expect(large.gasUsed - small.gasUsed == 50)  // one more exponent byte
  }
}
