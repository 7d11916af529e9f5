import Testing

@testable import NEAR

/// `log_utf8` and `log_utf16` called on a VMLogic, gas against `parameters.snap`, limits and
/// bad encodings failing with nearcore's errors.
@Suite struct LogsHostTests {
  typealias H = HostHarness

  /// UTF-16LE code units as bytes.
  static func utf16(_ text: String) -> [UInt8] {
    text.utf16.flatMap { [UInt8(truncatingIfNeeded: $0), UInt8(truncatingIfNeeded: $0 >> 8)] }
  }

  @Test func utf8LogsCostReadingDecodingAndLogging() throws {
    let h = try HostHarness()
    h.put(Array("hello".utf8), at: 10)
    let log = try h.measure("log_utf8", 5, 10)
    #expect(h.vm.logs == ["hello"])
    #expect(
      log.gas
        == H.snap("wasm_base") + H.snap("wasm_utf8_decoding_base") + H.memoryRead(5) + 5
        * H.snap("wasm_utf8_decoding_byte") + H.snap("wasm_log_base") + 5 * H.snap("wasm_log_byte"))
  }

  @Test func aNulTerminatedUTF8LogReadsByteByByte() throws {
    let h = try HostHarness()
    h.put(Array("hey\0".utf8), at: 10)
    let log = try h.measure("log_utf8", .max, 10)
    #expect(h.vm.logs == ["hey"])
    #expect(
      log.gas
        == H.snap("wasm_base") + H.snap("wasm_utf8_decoding_base") + 4 * H.memoryRead(1) + 3
        * H.snap("wasm_utf8_decoding_byte") + H.snap("wasm_log_base") + 3 * H.snap("wasm_log_byte"))
  }

  @Test func utf16LogsPayPerUTF16ByteAndLogPerUTF8Byte() throws {
    let h = try HostHarness()
    let text = Self.utf16("héllo")
    h.put(text, at: 10)
    let log = try h.measure("log_utf16", UInt64(text.count), 10)
    #expect(h.vm.logs == ["héllo"])
    #expect(
      log.gas
        == H.snap("wasm_base") + H.snap("wasm_utf16_decoding_base") + H.memoryRead(10) + 10
        * H.snap("wasm_utf16_decoding_byte") + H.snap("wasm_log_base") + 6 * H.snap("wasm_log_byte")
    )

    h.put(Self.utf16("ok") + [0, 0], at: 100)
    try h.call("log_utf16", .max, 100)
    #expect(h.vm.logs.last == "ok")
  }

  @Test func badEncodingsFailWithNearcoresMessages() throws {
    let h = try HostHarness()
    h.put([0x68, 0xFF], at: 10)
    let utf8 = h.error(calling: "log_utf8", 2, 10)
    #expect(utf8 == .badUTF8)
    #expect(utf8?.message == "String encoding is bad UTF-8 sequence.")

    // An odd byte count, then a lone surrogate.
    #expect(h.error(calling: "log_utf16", 3, 10) == .badUTF16)
    h.put([0x00, 0xD8], at: 20)
    let surrogate = h.error(calling: "log_utf16", 2, 20)
    #expect(surrogate == .badUTF16)
    #expect(surrogate?.message == "String encoding is bad UTF-16 sequence.")
    #expect(h.vm.logs.isEmpty)
  }

  @Test func logLimitsAreNearcores() throws {
    var fees = FeeSchedule()
    fees.maxNumberLogs = 1
    fees.maxTotalLogLength = 4
    let h = try HostHarness(fees: fees)
    h.put(Array("hello".utf8), at: 10)

    let tooLong = h.error(calling: "log_utf8", 5, 10)
    #expect(tooLong == .totalLogLengthExceeded(length: 5, limit: 4))
    #expect(tooLong?.message == "The length of a log message 5 exceeds the limit 4")

    try h.call("log_utf8", 4, 10)
    let tooMany = h.error(calling: "log_utf8", 1, 10)
    #expect(tooMany == .numberOfLogsExceeded(limit: 1))
    #expect(tooMany?.message == "The number of logs will exceed the limit 1")
    #expect(h.vm.logs == ["hell"])
  }

  @Test func aLogOutsideMemoryIsAMemoryAccessViolation() throws {
    let h = try HostHarness()
    #expect(h.error(calling: "log_utf8", 8, 65_532) == .memoryAccessViolation)
  }
}
