import Testing
import TxrayCore

@Suite struct Base64Tests {
  /// RFC 4648 section 10.
  @Test(arguments: [
    ("", ""), ("f", "Zg=="), ("fo", "Zm8="), ("foo", "Zm9v"), ("foob", "Zm9vYg=="),
    ("fooba", "Zm9vYmE="), ("foobar", "Zm9vYmFy"),
  ])
  func rfcVectors(plain: String, encoded: String) throws {
    #expect(Base64.encode(Array(plain.utf8)) == encoded)
    #expect(try Base64.decode(encoded) == Array(plain.utf8))
  }

  @Test func paddingMayBeLeftOut() throws {
    #expect(try Base64.decode("Zg") == Array("f".utf8))
    #expect(try Base64.decode("Zm8") == Array("fo".utf8))
  }

  @Test func allByteValuesRoundTrip() throws {
    let bytes = (0...255).map { UInt8($0) }
    #expect(try Base64.decode(Base64.encode(bytes)) == bytes)
  }

  @Test func rejectsWhatIsNotCanonical() {
    #expect(throws: Base64Error.invalidCharacter("-", offset: 2)) { try Base64.decode("Zm-v") }
    #expect(throws: Base64Error.badLength(characters: 5)) { try Base64.decode("Zm9vY") }
    #expect(throws: Base64Error.badPadding(offset: 1)) { try Base64.decode("Z=9v") }
    #expect(throws: Base64Error.badPadding(offset: 1)) { try Base64.decode("Zh==") }
    #expect(throws: Base64Error.badPadding(offset: 3)) { try Base64.decode("Zm8=Zm8=") }
  }
}
