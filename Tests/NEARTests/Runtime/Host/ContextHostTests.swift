import Testing

@testable import NEAR

/// The context family (`current_account_id`, `signer_account_id`, `input`, `block_index`, …)
/// called on a VMLogic, gas against `parameters.snap`.
@Suite struct ContextHostTests {
  typealias H = HostHarness

  @Test func accountIdsAndInputGoToRegistersAtNearcoresCost() throws {
    let input = Array(#"{"amount":"1"}"#.utf8)
    let h = try HostHarness(input: input)
    let base = H.snap("wasm_base")

    let current = try h.measure("current_account_id", 0)
    #expect(h.vm.registers[0] == Array("token.near".utf8))
    #expect(current.gas == base + H.registerWrite(10))

    let signer = try h.measure("signer_account_id", 1)
    #expect(h.vm.registers[1] == Array("alice.near".utf8))
    #expect(signer.gas == base + H.registerWrite(10))

    let key = try h.measure("signer_account_pk", 2)
    #expect(h.vm.registers[2]?.count == 33)
    #expect(key.gas == base + H.registerWrite(33))

    // parameters.snap turns on deterministic_account_ids: the input is shared, not copied.
    let read = try h.measure("input", 3)
    #expect(h.vm.registers[3] == input)
    #expect(read.gas == base + H.snap("wasm_write_register_base"))
  }

  @Test func withoutDeterministicAccountIdsTheInputPaysPerByte() throws {
    var fees = FeeSchedule()
    fees.deterministicAccountIds = false
    let h = try HostHarness(fees: fees, input: [1, 2, 3])
    #expect(try h.measure("input", 0).gas == H.snap("wasm_base") + H.registerWrite(3))
  }

  @Test func blockFactsCostBase() throws {
    let h = try HostHarness()
    let base = H.snap("wasm_base")
    let height = try h.measure("block_index")
    #expect(height.result == SimulationFixtures.block.height)
    #expect(height.gas == base)
    #expect(try h.measure("block_timestamp").result == SimulationFixtures.block.timestamp)
    #expect(try h.measure("epoch_height").result == SimulationFixtures.block.epochHeight)
    let usage = try h.measure("storage_usage")
    #expect(usage.result == 1_000)
    #expect(usage.gas == base)
  }

  @Test func aViewCallMayNotAskWhoSigned() throws {
    let h = try HostHarness(isView: true)
    for name in ["signer_account_id", "signer_account_pk", "predecessor_account_id"] {
      let refusal = h.error(calling: name, 0)
      #expect(refusal == .prohibitedInView(name))
      #expect(refusal?.message == "\(name) is not allowed in view calls")
    }
    // Each refusal still paid `base`, as nearcore charges it first.
    #expect(h.vm.gasBurnt == 3 * H.snap("wasm_base"))
    #expect(h.vm.registers.isEmpty)
  }

  @Test func aRegisterIdIsAnyU64() throws {
    let h = try HostHarness()
    try h.call("current_account_id", .max)
    #expect(h.vm.registers[.max] == Array("token.near".utf8))
  }
}
