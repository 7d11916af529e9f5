import EVM
import Testing
import TxrayCore

/// RLP against the examples of the Ethereum RLP specification (ethereum.org "Recursive-length
/// prefix"), plus every non-canonical form the strict decoder must refuse, with its offset.
@Suite struct RLPTests {
  static let lorem = Array("Lorem ipsum dolor sit amet, consectetur adipisicing elit".utf8)

  /// (item, encoding) pairs from the specification's examples.
  static let specExamples: [(RLPItem, String)] = [
    (.bytes(Array("dog".utf8)), "0x83646f67"),
    (.list([.bytes(Array("cat".utf8)), .bytes(Array("dog".utf8))]), "0xc88363617483646f67"),
    (.bytes([]), "0x80"),
    (.list([]), "0xc0"),
    (.bytes([0x00]), "0x00"),
    (.bytes([0x0f]), "0x0f"),
    (.bytes([0x04, 0x00]), "0x820400"),
    (
      .list([.list([]), .list([.list([])]), .list([.list([]), .list([.list([])])])]),
      "0xc7c0c1c0c3c0c1c0"
    ),
    (.bytes(lorem), "0xb838" + Hex.encode(lorem, prefix: false)),
  ]

  @Test func specificationExamplesRoundTrip() throws {
    for (item, hex) in Self.specExamples {
      #expect(Hex.encode(RLPEncoder.encode(item)) == hex)
      #expect(try RLPDecoder.decode(Hex.decode(hex)) == item)
    }
  }

  @Test func integersAreMinimalBigEndian() {
    let cases: [(UInt64, String)] = [
      (0, "0x80"), (1, "0x01"), (0x7f, "0x7f"), (0x80, "0x8180"), (1024, "0x820400"),
      (UInt64.max, "0x88ffffffffffffffff"),
    ]
    for (value, hex) in cases {
      var encoder = RLPEncoder()
      encoder.appendInteger(value)
      #expect(Hex.encode(encoder.bytes) == hex, "\(value)")
    }
  }

  @Test func longListsUseTheLongForm() throws {
    let items = RLPItem.list(Array(repeating: .bytes(Array("abcd".utf8)), count: 12))
    let encoded = RLPEncoder.encode(items)
    #expect(Array(encoded.prefix(2)) == [0xf8, 60])
    #expect(try RLPDecoder.decode(encoded) == items)
  }

  /// (input, message, offset) for input no canonical encoder produces.
  static let rejected: [(String, String, Int)] = [
    ("0x", "input ends where an RLP item was expected", 0),
    ("0x8100", "RLP single byte below 0x80 must be encoded as itself, not with a 0x81 prefix", 0),
    ("0x817f", "RLP single byte below 0x80 must be encoded as itself, not with a 0x81 prefix", 0),
    ("0xb80100", "RLP long-form length used for 1 bytes (below 56 the short form is required)", 0),
    ("0xf80100", "RLP long-form length used for 1 bytes (below 56 the short form is required)", 0),
    ("0xb90038" + String(repeating: "00", count: 56), "RLP length has leading zero bytes", 1),
    ("0x83646f", "RLP item needs 3 bytes but only 2 remain", 0),
    ("0xc88363617483646f", "RLP item needs 8 bytes but only 7 remain", 0),
    ("0xc3836361", "RLP item needs 3 bytes but only 2 remain", 1),
    ("0xb9ff", "RLP length runs past the end of the input", 0),
    ("0xbfffffffffffffffff", "RLP length is too large", 1),
    ("0x83646f6700", "unexpected bytes after the RLP item", 4),
  ]

  @Test func nonCanonicalAndTruncatedInputIsRejectedWithItsOffset() throws {
    for (hex, message, offset) in Self.rejected {
      let error = #expect(throws: DecodeError.self, "\(hex)") {
        try RLPDecoder.decode(Hex.decode(hex))
      }
      #expect(error?.message == message, "\(hex)")
      #expect(error?.offset == offset, "\(hex)")
    }
  }

  @Test func errorsDescribeThemselvesWithTheirOffset() {
    #expect(DecodeError("bad", offset: 7).description == "bad at byte 7")
    #expect(DecodeError("bad").description == "bad")
  }

  @Test func readersReadFieldsInPlace() throws {
    var decoder = RLPDecoder(try Hex.decode("0xc88363617483646f67"))
    var list = try decoder.readList("pair")
    #expect(try list.remainingCount() == 2)
    #expect(Array(try list.readBytes("first")) == Array("cat".utf8))
    #expect(Array(try list.readBytes("second")) == Array("dog".utf8))
    #expect(list.isAtEnd)
    try decoder.expectEnd(of: "the pair")
    var again = RLPDecoder(try Hex.decode("0xc0"))
    let error = #expect(throws: DecodeError.self) { try again.readBytes("name") }
    #expect(error?.message == "name must be a byte string, found a list")
  }
}
