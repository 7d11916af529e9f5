import EVM
import Testing
import TxrayCore

/// The EVM's signed, modular and bit-level word operations, run as bytecode and checked against
/// values worked out from the Yellow Paper definitions.
@Suite struct WordOperationTests {
  static let max = UInt256.max
  static func negative(_ value: UInt64) -> UInt256 { UInt256.max &- UInt256(value) &+ 1 }

  struct Case: Sendable, CustomTestStringConvertible {
    let opcode: UInt8
    let operands: [UInt256]  // first operand first (it ends on top of the stack)
    let expected: UInt256
    var testDescription: String { "0x\(String(opcode, radix: 16)) \(operands)" }
  }

  static let cases: [Case] = [
    Case(opcode: 0x05, operands: [negative(8), 3], expected: negative(2)),  // SDIV
    Case(opcode: 0x05, operands: [UInt256(1) << 255, max], expected: UInt256(1) << 255),
    Case(opcode: 0x05, operands: [7, 0], expected: 0),
    Case(opcode: 0x07, operands: [negative(8), 3], expected: negative(2)),  // SMOD
    Case(opcode: 0x07, operands: [8, negative(3)], expected: 2),
    Case(opcode: 0x08, operands: [max, 2, 3], expected: 2),  // ADDMOD: (2²⁵⁶ + 1) mod 3
    Case(opcode: 0x08, operands: [5, 6, 0], expected: 0),
    Case(opcode: 0x09, operands: [max, max, 12], expected: 9),  // MULMOD: 3² mod 12
    Case(opcode: 0x09, operands: [max, max, max &- 1], expected: 1),
    Case(opcode: 0x0a, operands: [2, 255], expected: UInt256(1) << 255),  // EXP
    Case(opcode: 0x0a, operands: [0, 0], expected: 1),
    Case(opcode: 0x0a, operands: [3, 300], expected: UInt256(3).raised(to: 300)),
    Case(opcode: 0x0b, operands: [0, 0xff], expected: max),  // SIGNEXTEND
    Case(opcode: 0x0b, operands: [0, 0x7f], expected: 0x7f),
    Case(opcode: 0x0b, operands: [31, 0x80], expected: 0x80),
    Case(opcode: 0x12, operands: [negative(1), 0], expected: 1),  // SLT
    Case(opcode: 0x13, operands: [negative(1), 0], expected: 0),  // SGT
    Case(opcode: 0x1a, operands: [31, 0x1ff], expected: 0xff),  // BYTE
    Case(opcode: 0x1a, operands: [32, max], expected: 0),
    Case(opcode: 0x1b, operands: [256, 1], expected: 0),  // SHL
    Case(opcode: 0x1c, operands: [4, 0xff], expected: 0xf),  // SHR
    Case(opcode: 0x1d, operands: [1, negative(2)], expected: max),  // SAR
    Case(opcode: 0x1d, operands: [256, negative(1)], expected: max),
    Case(opcode: 0x1d, operands: [256, 1], expected: 0),
    Case(opcode: 0x1e, operands: [0], expected: 256),  // CLZ (EIP-7939)
    Case(opcode: 0x1e, operands: [1], expected: 255),
    Case(opcode: 0x1e, operands: [UInt256(1) << 255], expected: 0),
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
    let small = TestChain(code: Assembler().push(0xff).push(2).op(0x0a).code).execute()
    let large = TestChain(code: Assembler().push(0xffff).push(2).op(0x0a).code).execute()
    #expect(large.gasUsed - small.gasUsed == 50)  // one more exponent byte
  }
}
