import Testing
import TxrayCore

@testable import NEAR

/// `account_balance`, `attached_deposit`, `prepaid_gas`, `used_gas` called on a VMLogic, gas
/// against `parameters.snap`.
@Suite struct EconomicsHostTests {
  typealias H = HostHarness

  @Test func balancesAreWrittenAsLittleEndianU128() throws {
    let h = try HostHarness()
    let balance = try h.measure("account_balance", 64)
    #expect(balance.gas == H.snap("wasm_base") + H.memoryWrite(16))
    let bytes = h.memory(at: 64, count: 16)
    #expect(UInt256(bigEndianBytes: bytes.reversed()) == H.balance)

    try h.call("attached_deposit", 80)
    #expect(h.memory(at: 80, count: 16) == [1] + Array(repeating: 0, count: 15))
  }

  @Test func gasFiguresCostBaseAndCountIt() throws {
    let h = try HostHarness()
    let base = H.snap("wasm_base")
    let prepaid = try h.measure("prepaid_gas")
    #expect(prepaid.result == 300 * SimulationFixtures.tgas)
    #expect(prepaid.gas == base)
    // used_gas reports the gas used so far, its own base included.
    #expect(try h.call("used_gas") == 2 * base)
  }

  @Test func aViewCallMayNotSeeGasOrDeposit() throws {
    let h = try HostHarness(isView: true)
    #expect(h.error(calling: "prepaid_gas") == .prohibitedInView("prepaid_gas"))
    #expect(h.error(calling: "used_gas")?.message == "used_gas is not allowed in view calls")
    #expect(h.error(calling: "attached_deposit", 0) == .prohibitedInView("attached_deposit"))
    #expect(try h.call("account_balance", 0) == nil)
  }

  @Test func aBalanceWrittenPastMemoryIsAMemoryAccessViolation() throws {
    let h = try HostHarness()
    #expect(h.error(calling: "account_balance", 65_536 - 8) == .memoryAccessViolation)
  }
}
