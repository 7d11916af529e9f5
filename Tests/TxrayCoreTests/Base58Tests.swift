import Testing
import TxrayCore

@Suite struct Base58Tests {
  /// Vectors from the Bitcoin Core base58 test set.
  @Test(arguments: [
    ("", ""), ("61", "2g"), ("626262", "a3gV"), ("636363", "aPEr"),
    ("73696d706c792061206c6f6e6720737472696e67", "2cFupjhnEsSn59qHXstmK2ffpLv2"),
    ("00eb15231dfceb60925886b67d065299925915aeb172c06647", "1NS17iag9jJgTHD1VXjvLCEnZuQ3rJDE9L"),
    ("516b6fcd0f", "ABnLTmg"), ("bf4f89001e670274dd", "3SEo3LWLoPntC"), ("572e4794", "3EFU7m"),
    ("ecac89cad93923c02321", "EJDM8drfXA6uyA"), ("10c8511e", "Rt5zm"),
    ("00000000000000000000", "1111111111"),
  ])
  func roundTrip(hex: String, text: String) throws {
    let bytes = try Hex.decode(hex)
    #expect(Base58.encode(bytes) == text)
    #expect(try Base58.decode(text) == bytes)
  }

  @Test func rejectsCharactersOutsideTheAlphabet() {
    #expect(throws: Base58Error.invalidCharacter("0", offset: 3)) { try Base58.decode("abc0") }
    #expect(throws: Base58Error.invalidCharacter("l", offset: 0)) { try Base58.decode("l") }
    #expect(throws: Base58Error.invalidCharacter("é", offset: 1)) { try Base58.decode("aé") }
    #expect(throws: Base58Error.tooLong(characters: 300)) {
      try Base58.decode(String(repeating: "z", count: 300))
    }
  }
}
