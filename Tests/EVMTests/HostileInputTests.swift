import EVM
import Foundation
import Testing
import TxrayCore

/// Bad input must never trap: truncations of every valid conformance transaction at every length,
/// seeded random byte changes, and seeded junk all go through `decode`, which may only throw,
/// and every error it throws points at a byte inside the input.
@Suite struct HostileInputTests {
  static func validTransactions() throws -> [[UInt8]] {
    var raws: [[UInt8]] = []
    for file in ["TransactionTests.jsonl", "TransactionTests-2017.jsonl"] {
      for line in try SharedTestData.jsonLines("evm-tx/\(file)")
      where line["valid"] as? Bool == true {
        raws.append(try Hex.decode(line["rlp"] as? String ?? ""))
      }
    }
    return raws
  }

  /// Decodes, and when it throws, checks that the error names an offset within the input.
  /// Returns whether decoding succeeded.
  @discardableResult
  static func decodeExpectingOnlyThrows(_ raw: [UInt8]) -> Bool {
    do {
      _ = try TransactionDecoder.decode(raw)
      return true
    } catch {
      if let offset = error.offset {
        #expect((0...raw.count).contains(offset), "offset \(offset) outside \(raw.count) bytes")
      } else {
        Issue.record("error without offset: \(error) for \(Hex.encode(raw.prefix(64)))")
      }
      return false
    }
  }

  @Test func everyTruncationOfEveryValidTransactionThrows() throws {
    let raws = try Self.validTransactions()
    #expect(raws.count > 700)
    var decodes = 0
    for raw in raws {
      for length in 0..<raw.count {
        let accepted = Self.decodeExpectingOnlyThrows(Array(raw[..<length]))
        #expect(!accepted, "a \(length)-byte prefix of a \(raw.count)-byte transaction decoded")
        decodes += 1
      }
    }
    print("hostile input: \(decodes) truncations, none accepted")
  }

  @Test func randomByteChangesNeverTrap() throws {
    var generator = SeededGenerator(seed: 0x7478_7261_7931)
    let raws = try Self.validTransactions()
    var accepted = 0
    var decodes = 0
    for raw in raws where !raw.isEmpty {
      for round in 0..<24 {
        var mutated = raw
        // Early bytes hold the headers and small fields, where the decoder branches most.
        let window = round.isMultiple(of: 2) ? min(raw.count, 48) : raw.count
        for _ in 0...(round % 3) {
          let index = Int.random(in: 0..<window, using: &generator)
          mutated[index] = UInt8.random(in: 0...255, using: &generator)
        }
        if round % 5 == 4 {
          mutated.insert(UInt8.random(in: 0...255, using: &generator), at: window / 2)
        }
        if Self.decodeExpectingOnlyThrows(mutated) { accepted += 1 }
        decodes += 1
      }
    }
    print("hostile input: \(decodes) byte changes, \(accepted) still decoded")
  }

  @Test func randomJunkNeverTraps() {
    var generator = SeededGenerator(seed: 42)
    // First bytes that reach the legacy, typed and error paths alike.
    let firstBytes: [UInt8] = [
      0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x7f, 0x80, 0xb8, 0xc0, 0xf8, 0xff,
    ]
    for index in 0..<20_000 {
      let length = Int.random(in: 0...200, using: &generator)
      var junk = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
      if !junk.isEmpty && index.isMultiple(of: 2) {
        junk[0] = firstBytes[index / 2 % firstBytes.count]
      }
      Self.decodeExpectingOnlyThrows(junk)
    }
  }

  @Test func structuredJunkNeverTraps() {
    // Well-formed RLP lists of random shape reach the field checks behind the RLP layer.
    var generator = SeededGenerator(seed: 7)
    for index in 0..<5_000 {
      let fieldCount = Int.random(in: 0...16, using: &generator)
      let item = RLPItem.list(
        (0..<fieldCount).map { _ in Self.randomItem(depth: 2, using: &generator) })
      let body = RLPEncoder.encode(item)
      let type = UInt8(index % 6)
      Self.decodeExpectingOnlyThrows(type == 0 ? body : [type] + body)
    }
  }

  /// The header of a list whose payload is `payloadLength` bytes.
  static func listHeader(payloadLength: Int) -> [UInt8] {
    if payloadLength < 56 { return [0xc0 + UInt8(payloadLength)] }
    let lengthBytes = withUnsafeBytes(of: UInt64(payloadLength).bigEndian) { Array($0) }
      .drop { $0 == 0 }
    return [0xf7 + UInt8(lengthBytes.count)] + lengthBytes
  }

  static func randomItem(depth: Int, using generator: inout SeededGenerator) -> RLPItem {
    if depth > 0 && Int.random(in: 0..<4, using: &generator) == 0 {
      let count = Int.random(in: 0...6, using: &generator)
      return .list((0..<count).map { _ in randomItem(depth: depth - 1, using: &generator) })
    }
    let lengths = [0, 1, 1, 2, 8, 20, 32, 33, 48, 60]
    let length = lengths[Int.random(in: 0..<lengths.count, using: &generator)]
    return .bytes((0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) })
  }

  @Test func deepNestingIsRefusedNotRecursedInto() throws {
    // 100000 lists, each the only item of the next, with correct lengths throughout.
    var headers: [[UInt8]] = []
    var length = 1
    for _ in 0..<100_000 {
      let prefix = Self.listHeader(payloadLength: length)
      headers.append(prefix)
      length += prefix.count
    }
    let nested: [UInt8] = headers.reversed().flatMap { $0 } + [0xc0]
    #expect(nested.count == length)
    let error = #expect(throws: DecodeError.self) { try RLPDecoder.decode(nested) }
    #expect(error?.message == "RLP lists are nested too deeply")
    // The innermost 50 bytes are lists nested 50 deep, within the bound.
    _ = try RLPDecoder.decode(Array(nested.suffix(50)))
    Self.decodeExpectingOnlyThrows(nested)
    Self.decodeExpectingOnlyThrows([0x02] + nested)
  }
}
