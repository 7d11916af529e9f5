import Testing

@testable import NEAR

/// Validator stakes are not in the state txray reads: the calls are reported, never answered 0.
@Suite struct ValidatorsHostTests {
  @Test func stakesAreNotSimulatedAfterPayingBase() throws {
    let h = try HostHarness()
    let stake = h.error(calling: "validator_stake", 10, 0, 100)
    #expect(stake == .notSimulated("not simulated: validator_stake needs the validator set"))
    let total = h.error(calling: "validator_total_stake", 100)
    #expect(total == .notSimulated("not simulated: validator_total_stake needs the validator set"))
    #expect(h.vm.gasBurnt == 2 * HostHarness.snap("wasm_base"))
  }
}
