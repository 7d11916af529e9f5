import EVM
import Testing
import TxrayCore

/// EIP-3855: PUSH0 pushes zero for 2 gas (PUSH1 0 costs 3).
@Suite struct EIP3855Push0Tests {
  @Test func pushesZero() {
    let result = TestChain(code: Assembler().push(7).op(.push0).returnTopWord().code).execute()
    #expect(result.status == .success)
    #expect(result.output == UInt256.zero.bigEndianBytes)
  }

  @Test func costsTwo() {
    let push0 = TestChain(code: [Opcode.push0.rawValue, Opcode.pop.rawValue]).execute()
    let push1 = TestChain(code: [0x60, 0x00, Opcode.pop.rawValue]).execute()
    #expect(push1.gasUsed - push0.gasUsed == 1)
    #expect(push0.gasUsed == 21_000 + 2 + 2)
  }

  @Test func undefinedBeforeShanghai() {
    var chain = TestChain(code: [Opcode.push0.rawValue])
    chain.fork = .london
    #expect(chain.execute().status == .halted("invalid opcode 0x5f"))
  }
}
