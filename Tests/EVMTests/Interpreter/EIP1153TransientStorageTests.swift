import EVM
import Testing
import TxrayCore

/// EIP-1153: TSTORE/TLOAD cost 100 each, are visible within the transaction and leave no trace
/// in the state.
@Suite struct EIP1153TransientStorageTests {
  @Test func storesForTheTransactionOnly() {
    let code = Assembler().push(42).push(1).op(.tstore).push(1).op(.tload).returnTopWord()
      .code
    let result = TestChain(code: code).execute()
    #expect(result.status == .success)
    #expect(result.output == UInt256(42).bigEndianBytes)
    let contractChange = result.changes.first { $0.address == TestChain.contract }
    #expect(contractChange == nil)
  }

  @Test func gas() {
    let code = Assembler().push(42).push(1).op(.tstore).push(1).op(.tload).op(.pop).code
    // Three pushes (3 each), TSTORE and TLOAD (100 each), POP (2).
    #expect(TestChain(code: code).execute().gasUsed == 21_000 + 9 + 200 + 2)
  }

  @Test func tstoreInStaticCallFails() {
    let callee = Assembler().push(1).push(1).op(.tstore).code
    // STATICCALL(gas, callee, 0, 0, 0, 0), return its success flag.
    let caller = Assembler().push(0).push(0).push(0).push(0).push(TestChain.other).op(.gas)
      .op(.staticcall).returnTopWord().code
    let result = TestChain(
      code: caller, extra: [TestChain.other: AccountState(code: callee)]
    ).execute()
    #expect(result.status == .success)
    #expect(result.output == UInt256.zero.bigEndianBytes)
    #expect(result.root?.children.first?.error == "state change in static call")
  }
}
