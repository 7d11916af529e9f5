import Testing

@testable import NEAR

/// `read_register`, `register_len`, `write_register` called on a VMLogic, gas against
/// `parameters.snap`.
@Suite struct RegistersHostTests {
  typealias H = HostHarness

  @Test func registersRoundTripAndBurnNearcoresCosts() throws {
    let h = try HostHarness()
    let base = H.snap("wasm_base")
    h.put(Array("hello".utf8), at: 100)

    let written = try h.measure("write_register", 1, 5, 100)
    #expect(written.gas == base + H.memoryRead(5) + H.registerWrite(5))

    let length = try h.measure("register_len", 1)
    #expect(length.result == 5)
    #expect(length.gas == base)
    #expect(try h.call("register_len", 2) == .max)

    let read = try h.measure("read_register", 1, 200)
    #expect(read.gas == base + H.registerRead(5) + H.memoryWrite(5))
    #expect(h.memory(at: 200, count: 5) == Array("hello".utf8))
  }

  @Test func anUnwrittenRegisterAndMemoryOutOfBoundsFailAsNearcore() throws {
    let h = try HostHarness()
    let missing = h.error(calling: "read_register", 7, 0)
    #expect(missing == .invalidRegisterId(7))
    #expect(missing?.message == "Accessed invalid register id: 7")
    // nearcore charges only `base` for the missing register.
    #expect(h.vm.gasBurnt == H.snap("wasm_base"))

    let outside = h.error(calling: "write_register", 1, 10, 65_536 - 5)
    #expect(outside == .memoryAccessViolation)
    #expect(outside?.message == "Accessed memory outside the bounds.")
  }

  @Test func aRegisterOverTheSizeLimitIsAMemoryAccessViolation() throws {
    var fees = FeeSchedule()
    fees.maxRegisterSize = 3
    let h = try HostHarness(fees: fees)
    #expect(h.error(calling: "write_register", 1, 4, 0) == .memoryAccessViolation)
  }

  @Test func aBodyReadingAnUndeclaredNameIsNotSimulated() {
    let arguments = HostArguments(function: "input", names: ["register_id"], values: [.i64(1)])
    #expect(
      throws: HostError.notSimulated("not simulated: host function input has no parameter ptr")
    ) {
      _ = try arguments.ptr
    }
    #expect((try? arguments.register_id) == 1)
  }

  @Test func everyHostFunctionNamesEachParameterOnce() {
    for function in HostFunction.all.values {
      #expect(
        Set(function.parameterNames).count == function.parameterNames.count, "\(function.name)")
      #expect(function.parameters.count == function.parameterNames.count, "\(function.name)")
    }
  }
}
