import NEAR
import Testing
import TxrayCore
import WAT

/// Contracts that misbehave end in a reported result, bounded in gas, memory, depth and time.
@Suite struct HostileContractTests {
  typealias F = SimulationFixtures

  static func state(code: [UInt8]) -> NEARSnapshot {
    F.snapshot([F.user("alice.near", near: 10), F.contractAccount("evil.near", code: code)])
  }

  static func run(
    _ method: String, gas: UInt64 = 300 * F.tgas, code: [UInt8] = F.contract("hostile"),
    limits: NEARSimulationLimits = NEARSimulationLimits()
  ) -> NEARSimulationResult {
    let tx = F.transaction(
      "alice.near", to: "evil.near", [F.call(method, "", gas: gas, deposit: .zero)])
    return NEARSimulator(state: state(code: code), limits: limits).simulate(tx)
  }

  @Test func infiniteLoopRunsOutOfGas() {
    let start = ContinuousClock.now
    let result = Self.run("loop_forever", gas: 3 * F.tgas)
    #expect(result.status == .failed("Exceeded the prepaid gas."))
    // All 3 Tgas burnt by the call, plus the receipt's fixed fees.
    #expect(result.receipts.first?.gasBurnt ?? 0 >= 3 * F.tgas)
    #expect(ContinuousClock.now - start < .seconds(30))
  }

  @Test func panicIsReportedWithTheContractsMessage() {
    let result = Self.run("panic_now")
    #expect(result.status == .failed("Smart contract panicked: boom: deliberate failure"))
    #expect(
      result.receipts.first?.status == .failed("Smart contract panicked: boom: deliberate failure"))
  }

  @Test func trapIsAReportedFailure() {
    let result = Self.run("trap_now")
    #expect(result.reason?.hasPrefix("WebAssembly trap:") == true)
  }

  @Test func memoryGrowthStopsAtTheLimit() {
    var fees = FeeSchedule()
    fees.maxMemoryPages = 64
    let result = Self.run("memory_bomb", limits: NEARSimulationLimits(fees: fees))
    #expect(result.status == .succeeded(value: Array("64".utf8)))
  }

  @Test func deepPromiseChainIsBounded() {
    let start = ContinuousClock.now
    let result = Self.run("deep_chain", limits: NEARSimulationLimits(maxDepth: 12))
    #expect(
      result.status == .notSimulated("not simulated: a promise chain is deeper than 12 receipts"))
    #expect(ContinuousClock.now - start < .seconds(30))
  }

  @Test func deepPromiseChainEndsWhenGasRunsOut() {
    let result = Self.run("deep_chain", gas: 20 * F.tgas)
    // Each level passes on what it did not burn until a level cannot pay for the next call.
    #expect(result.receipts.filter { !$0.isRefund }.count > 3)
    #expect(result.receipts.contains { $0.status == .failed("Exceeded the prepaid gas.") })
    #expect(result.status == .succeeded(value: []))
  }

  @Test func unknownImportIsNotSimulatedAndNamed() throws {
    let code = try wat2wasm(
      #"""
      (module
        (import "env" "alt_bn128_g1_sum" (func $sum (param i64 i64 i64)))
        (func (export "go") (call $sum (i64.const 0) (i64.const 0) (i64.const 0))))
      """#)
    let result = Self.run("go", code: code)
    #expect(
      result.status == .notSimulated("not simulated: unknown host function env.alt_bn128_g1_sum"))
  }

  @Test func missingMethodFails() {
    let result = Self.run("no_such_method")
    #expect(result.reason == "MethodResolveError(MethodNotFound): no_such_method")
  }

  @Test func garbageCodeFailsToCompile() {
    let result = Self.run("anything", code: [0, 97, 115, 109, 1, 0, 0, 0, 0xff, 0xff])
    #expect(result.reason?.hasPrefix("CompilationError") == true)
  }

  @Test func missingStateIsNotSimulated() {
    let tx = F.transaction("alice.near", to: "elsewhere.near", [.transfer(deposit: UInt256(1))])
    let result = NEARSimulator(state: F.snapshot([F.user("alice.near", near: 1)])).simulate(tx)
    #expect(result.status == .notSimulated("the state does not cover account elsewhere.near"))
  }
}
