import EVM
import Testing
import TxrayCore

/// EIP-5656: MCOPY copies within memory as if through a buffer (overlap is safe) and costs
/// 3 + 3 per word plus expansion.
@Suite struct EIP5656McopyTests {
  @Test func overlappingCopy() {
    let word = UInt256(bigEndianBytes: Array(1...32)) ?? .zero
    // MSTORE(0, 0x0102…20); MCOPY(dst 1, src 0, len 31); RETURN(0, 32).
    let code = Assembler().mstore(0, word).push(31).push(0).push(1).op(.mcopy)
      .push(32).push(0).op(.return).code
    let result = TestChain(code: code).execute()
    #expect(result.output == [1] + Array(1...31))
  }

  @Test func expandsMemory() {
    // MCOPY(dst 32, src 0, len 32) grows memory from 0 to 2 words: 3 + 3 + 6 gas plus pushes.
    let code = Assembler().push(32).push(0).push(32).op(.mcopy).code
    #expect(TestChain(code: code).execute().gasUsed == 21_000 + 9 + 3 + 3 + 6)
  }
}
