import Testing
import TxrayCore

@Suite struct HexTests {
  @Test func decodesWithAndWithoutPrefix() throws {
    #expect(try Hex.decode("") == [])
    #expect(try Hex.decode("0x") == [])
    #expect(try Hex.decode("0X") == [])
    #expect(try Hex.decode("00ff10") == [0x00, 0xff, 0x10])
    #expect(try Hex.decode("0x0aFf") == [0x0a, 0xff])
    #expect(try Hex.decode("0XDEADbeef") == [0xde, 0xad, 0xbe, 0xef])
    let text = "input=0xc0ffee"
    #expect(try Hex.decode(text.dropFirst(6)) == [0xc0, 0xff, 0xee])
  }

  @Test(arguments: [
    ("0x12g4", Character("g"), 4),
    ("12g4", "g", 2),
    ("0x12 34", " ", 4),
    (" 0x12", " ", 0),
    ("0x0x12", "x", 3),
    ("0x1234\n", "\n", 6),
    ("0xé1", "é", 2),
    ("0xe\u{301}1", "e\u{301}", 2),  // 'e' + combining accent is one character to a reader
    ("0x12_34", "_", 4),
    ("x12", "x", 0),
  ])
  func reportsTheFirstBadCharacter(text: String, character: Character, offset: Int) {
    #expect(throws: HexError.invalidCharacter(character, offset: offset)) {
      try Hex.decode(text)
    }
  }

  @Test func rejectsOddLength() {
    #expect(throws: HexError.oddLength(digits: 3)) { try Hex.decode("0xabc") }
    #expect(throws: HexError.oddLength(digits: 1)) { try Hex.decode("a") }
    #expect(throws: HexError.oddLength(digits: 1)) { try Hex.decode("0X0") }
  }

  @Test func errorsReadAsOneLine() {
    #expect(
      HexError.invalidCharacter("g", offset: 7).description
        == "invalid hex character 'g' at offset 7")
    #expect(
      HexError.invalidCharacter("\n", offset: 2).description
        == "invalid hex character '\\n' at offset 2")
    #expect(
      HexError.oddLength(digits: 3).description
        == "odd number of hex digits (3); each byte needs two")
  }

  @Test func encodesLowercase() {
    #expect(Hex.encode([UInt8]()) == "0x")
    #expect(Hex.encode([UInt8](), prefix: false) == "")
    #expect(Hex.encode([0x00, 0xab, 0xff, 0x10]) == "0x00abff10")
    #expect(Hex.encode([0xDE, 0xAD], prefix: false) == "dead")
  }

  @Test func roundTripsEveryByte() throws {
    let bytes = (0...255).map { UInt8($0) }
    #expect(try Hex.decode(Hex.encode(bytes)) == bytes)
    #expect(try Hex.decode(Hex.encode(bytes).uppercased().dropFirst(2)) == bytes)
  }
}
