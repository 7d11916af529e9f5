import EVM
import Testing
import TxrayCore

/// Hostile code and missing state end with a clear status, never a hang or a silent zero.
@Suite struct ExecutionLimitsTests {
  /// JUMPDEST; PUSH1 0; JUMP — forever.
  static let infiniteLoop: [UInt8] = [Opcode.jumpdest.rawValue, 0x60, 0x00, Opcode.jump.rawValue]

  @Test func loopEndsOutOfGas() {
    let result = TestChain(code: Self.infiniteLoop).execute(gas: 100_000)
    #expect(result.status == .halted("out of gas"))
    #expect(result.gasUsed == 100_000)
  }

  @Test func deadlineEndsTheRun() {
    var chain = TestChain(code: Self.infiniteLoop)
    chain.fork = .prague  // no EIP-7825 cap, so the gas outlasts the deadline
    let result = chain.execute(gas: 29_000_000, limits: ExecutionLimits(timeout: .milliseconds(1)))
    #expect(result.status == .timedOut)
  }

  struct MissingSlotState: StateSource {
    let inner: InMemoryState
    func account(_ address: Address) throws(StateError) -> AccountState? {
      try inner.account(address)
    }
    func storage(_ address: Address, slot: UInt256) throws(StateError) -> UInt256 {
      throw .missingStorage(address, slot: slot)
    }
    func blockHash(_ number: UInt64) throws(StateError) -> UInt256 { .zero }
  }

  @Test func missingStorageIsReported() {
    let chain = TestChain(code: Assembler().push(3).op(.sload).code)
    let executor = TransactionExecutor(
      fork: .osaka, block: chain.block,
      state: MissingSlotState(inner: InMemoryState(accounts: chain.accounts, storage: [:])))
    let result = executor.execute(
      ExecutableTransaction(
        sender: TestChain.sender, to: TestChain.contract, gasLimit: 100_000, maxFeePerGas: 10,
        maxPriorityFeePerGas: 1))
    #expect(result.status == .stateUnavailable(.missingStorage(TestChain.contract, slot: 3)))
  }

  @Test func deepRecursionStops() {
    // The contract calls itself with all gas until the 1024 depth limit or gas runs out.
    let code = Assembler().push(0).push(0).push(0).push(0).push(0).push(TestChain.contract)
      .op(.gas).op(.call).code
    let result = TestChain(code: code).execute(gas: 10_000_000)
    #expect(result.status == .success)
  }
}
