import EVM
import Testing
import TxrayCore

/// Calldata written to hurt: bad offsets, huge lengths, offsets that reuse bytes, deep nesting,
/// truncation at every byte and random noise. Every case must end in a value or an `ABIError`,
/// never a trap, an out-of-range read or an unbounded allocation.
@Suite struct ABIHostileInputTests {
  private static func word(_ value: UInt64) -> [UInt8] { UInt256(value).bigEndianBytes }
  private static let bytesParameter = [ABIParameter(name: "data", type: .bytes)]

  @Test func offsetPastTheEndNamesArgumentAndByte() throws {
    let data = Self.word(0x1000)
    #expect {
      try ABIDecoder.decode(Self.bytesParameter, from: data)
    } throws: { error in
      let error = error as? ABIError
      return error?.path == "data" && error?.offset == 0
        && error?.message.contains("past the end") == true
    }
  }

  @Test func hugeOffsetsAndLengthsFailCleanly() {
    let max = UInt256.max.bigEndianBytes
    for data in [
      max, Self.word(32) + max, Self.word(32) + Self.word(UInt64.max),
      Self.word(32) + Self.word(1 << 40), Self.word(31) + Self.word(0),
    ] {
      #expect(throws: ABIError.self) { try ABIDecoder.decode(Self.bytesParameter, from: data) }
      let array = [ABIParameter(name: "xs", type: .array(.uint(bits: 256)))]
      #expect(throws: ABIError.self) { try ABIDecoder.decode(array, from: data) }
    }
  }

  @Test func arrayLengthIsCappedByRemainingData() {
    // 2^32 elements claimed with only 64 bytes present: refused before allocating anything.
    let data = Self.word(32) + Self.word(1 << 32) + Self.word(1)
    let parameters = [ABIParameter(name: "xs", type: .array(.tuple([])))]
    #expect(throws: ABIError.self) { try ABIDecoder.decode(parameters, from: data) }
    let nested = [ABIParameter(name: "xs", type: .array(.array(.uint(bits: 8))))]
    #expect(throws: ABIError.self) { try ABIDecoder.decode(nested, from: data) }
  }

  @Test func dirtyPaddingIsRejected() {
    let dirtyAddress = [UInt8](repeating: 0, count: 11) + [1] + [UInt8](repeating: 0xaa, count: 20)
    #expect(throws: ABIError.self) {
      try ABIDecoder.decode([ABIParameter(type: .address)], from: dirtyAddress)
    }
    #expect(throws: ABIError.self) {
      try ABIDecoder.decode([ABIParameter(type: .bool)], from: Self.word(2))
    }
    #expect(throws: ABIError.self) {
      try ABIDecoder.decode([ABIParameter(type: .uint(bits: 8))], from: Self.word(256))
    }
    #expect(throws: ABIError.self) {
      try ABIDecoder.decode([ABIParameter(type: .int(bits: 8))], from: Self.word(128))
    }
    #expect(throws: ABIError.self) {
      try ABIDecoder.decode([ABIParameter(type: .fixedBytes(1))], from: Self.word(1))
    }
  }

  /// Every element of a long array points at the same large byte string: canonical encodings
  /// never reuse bytes, so the decoder refuses instead of producing gigabytes.
  @Test func aliasedOffsetsCannotAmplifyMemory() {
    let count = 2000
    var data = Self.word(32) + Self.word(UInt64(count))
    let body = data.count
    let target = UInt64(count * 32)
    for _ in 0..<count { data += Self.word(target) }
    data += Self.word(UInt64(data.count - body))  // length of the shared string: all of it so far
    data += [UInt8](repeating: 0x41, count: data.count - body - 32)
    let parameters = [ABIParameter(name: "xs", type: .array(.bytes))]
    #expect {
      try ABIDecoder.decode(parameters, from: data)
    } throws: { error in
      (error as? ABIError)?.message.contains("reuse") == true
    }
  }

  @Test func deepNestingIsRefused() throws {
    var type = ABIType.uint(bits: 8)
    for _ in 0..<40 { type = .array(type) }
    var data: [UInt8] = []
    for _ in 0..<40 { data += Self.word(32) + Self.word(1) }
    data += Self.word(0)
    #expect(throws: ABIError.self) { try ABIDecoder.decode([ABIParameter(type: type)], from: data) }
  }

  /// Every prefix of real batch calls decodes to something, with no trap; the full call decodes.
  @Test func truncationAtEveryByteOfRealCallsNeverTraps() throws {
    let decoder = CallDecoder()
    for vector in ABIVectorTests.list("nested") {
      let calldata = try Hex.decode(vector["calldata"] as? String ?? "")
      for end in 0...calldata.count {
        let call = decoder.decode(calldata: Array(calldata[0..<end]), contract: nil)
        if end < 4 { #expect(call.source == .unknown) }
      }
      #expect(decoder.decode(calldata: calldata, contract: nil).source == .registry)
    }
  }

  @Test func randomNoiseAfterKnownSelectorsNeverTraps() {
    var generator = SeededGenerator(seed: 0xAB1)
    let decoder = CallDecoder()
    let selectors = SelectorRegistry.bundled.functions.map(\.function.selector)
    for round in 0..<3000 {
      let selector = selectors[round % selectors.count]
      let length = Int.random(in: 0...400, using: &generator)
      var body = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
      // Sprinkle small words so offsets and lengths often land inside the data.
      for i in stride(from: 0, to: body.count - 32, by: 32) where Bool.random(using: &generator) {
        body.replaceSubrange(
          i..<(i + 32), with: UInt256(UInt64.random(in: 0...300, using: &generator)).bigEndianBytes)
      }
      _ = decoder.decode(calldata: selector + body, contract: nil)
    }
  }

  /// Multicalls inside multicalls, twenty deep: decoding stops at `CallDecoder.maxNestingDepth`
  /// and says so instead of recursing on.
  @Test func nestedBatchesStopAtTheDepthBound() throws {
    let multicall = try ABIFunction(parsing: "multicall(bytes[] data)")
    let approve = try ABIFunction(parsing: "approve(address spender, uint256 amount)")
    var calldata = try ABIEncoder.encodeCall(
      approve,
      [.address(try #require(Address(hex: "0x" + String(repeating: "11", count: 20)))), .uint(1)])
    for _ in 0..<20 {
      calldata = try ABIEncoder.encodeCall(multicall, [.array([.bytes(calldata)])])
    }
    var call = CallDecoder().decode(calldata: calldata, contract: nil)
    var depth = 0
    while let inner = call.calls.first {
      call = inner
      depth += 1
    }
    #expect(depth == CallDecoder.maxNestingDepth)
    #expect(call.functionName == "multicall")
    #expect(call.note?.contains("nested deeper") == true)
  }

  @Test func multiSendRejectsTruncatedAndOverlongEntries() {
    let entry: [UInt8] =
      [0] + [UInt8](repeating: 0x11, count: 20) + Self.word(0) + Self.word(4)
      + [1, 2, 3, 4]
    #expect(throws: Never.self) { try SafeMultiSend.transactions(entry) }
    for end in 1..<entry.count {
      #expect(throws: ABIError.self) { try SafeMultiSend.transactions(Array(entry[0..<end])) }
    }
    var overlong = entry
    overlong.replaceSubrange(53..<85, with: UInt256.max.bigEndianBytes)
    #expect(throws: ABIError.self) { try SafeMultiSend.transactions(overlong) }
    var badOperation = entry
    badOperation[0] = 2
    #expect(throws: ABIError.self) { try SafeMultiSend.transactions(badOperation) }
  }
}
