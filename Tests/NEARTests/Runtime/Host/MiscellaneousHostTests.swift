import Testing

@testable import NEAR

/// `value_return`, `panic`, `panic_utf8`, `abort` called on a VMLogic, gas against
/// `parameters.snap`.
@Suite struct MiscellaneousHostTests {
  typealias H = HostHarness

  @Test func valueReturnKeepsTheValueAtTheCostOfReadingIt() throws {
    let h = try HostHarness()
    h.put(Array("\"42\"".utf8), at: 10)
    let returned = try h.measure("value_return", 4, 10)
    #expect(h.vm.returned == .value(Array("\"42\"".utf8)))
    #expect(returned.gas == H.snap("wasm_base") + H.memoryRead(4))
  }

  @Test func aReturnedValueOverTheLimitFails() throws {
    var fees = FeeSchedule()
    fees.maxLengthReturnedData = 4
    let h = try HostHarness(fees: fees)
    let error = h.error(calling: "value_return", 5, 0)
    #expect(error == .returnedValueLengthExceeded(length: 5, limit: 4))
    #expect(error?.message == "The length of a returned value 5 exceeds the limit 4")
  }

  @Test func panicsCarryNearcoresText() throws {
    let h = try HostHarness()
    let plain = h.error(calling: "panic")
    #expect(plain == .guestPanic("explicit guest panic"))
    #expect(plain?.message == "Smart contract panicked: explicit guest panic")
    #expect(h.vm.gasBurnt == H.snap("wasm_base"))

    h.put(Array("boom".utf8), at: 10)
    let before = h.vm.gasBurnt
    let message = h.error(calling: "panic_utf8", 4, 10)
    #expect(message?.message == "Smart contract panicked: boom")
    #expect(
      h.vm.gasBurnt - before
        == H.snap("wasm_base") + H.snap("wasm_utf8_decoding_base") + H.memoryRead(4) + 4
        * H.snap("wasm_utf8_decoding_byte"))

    h.put([0xC3], at: 20)
    #expect(h.error(calling: "panic_utf8", 1, 20) == .badUTF8)
  }

  @Test func assemblyScriptAbortNamesMessageFileLineAndColumn() throws {
    let h = try HostHarness()
    // AssemblyScript strings: a u32 byte length, then UTF-16 code units.
    h.put([4, 0, 0, 0] + LogsHostTests.utf16("no"), at: 100)
    h.put([8, 0, 0, 0] + LogsHostTests.utf16("a.ts"), at: 200)
    let abort = h.error(calling: "abort", 104, 204, 3, 7)
    #expect(abort == .guestPanic("no, filename: \"a.ts\" line: 3 col: 7"))

    let tooLow = h.error(calling: "abort", 2, 204, 3, 7)
    #expect(tooLow == .badUTF16)
  }
}
