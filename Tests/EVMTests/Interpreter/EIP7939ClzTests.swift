import EVM
import Testing
import TxrayCore

/// EIP-7939 (Osaka): CLZ counts leading zero bits for 5 gas and does not exist before Osaka.
@Suite struct EIP7939ClzTests {
  @Test func countsAndCosts() {
    let result = TestChain(code: Assembler().push(0xff).op(.clz).op(.pop).code).execute()
    #expect(result.gasUsed == 21_000 + 3 + 5 + 2)
  }

  @Test func undefinedBeforeOsaka() {
    var chain = TestChain(code: Assembler().push(1).op(.clz).code)
    chain.fork = .prague
    #expect(chain.execute().status == .halted("invalid opcode 0x1e"))
  }
}
