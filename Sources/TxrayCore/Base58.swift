/// Why a base58 string could not be decoded.
public enum Base58Error: Error, Equatable, CustomStringConvertible {
  /// `offset` counts characters from the start of the text as given.
  case invalidCharacter(Character, offset: Int)
  /// The text holds more digits than any value txray reads in base58 (keys, signatures, hashes).
  case tooLong(characters: Int)

  public var description: String {
    switch self {
    case .invalidCharacter(let character, let offset):
      let shown = character.unicodeScalars.map { $0.escaped(asASCII: true) }.joined()
      return "invalid base58 character '\(shown)' at offset \(offset)"
    case .tooLong(let characters):
      return "base58 text of \(characters) characters is longer than any key, signature or hash"
    }
  }
}

/// Base58 with the Bitcoin alphabet, as NEAR writes keys, signatures and hashes.
///
/// Each leading "1" stands for one leading zero byte, and the rest is a big-endian number in
/// base 58. The schoolbook conversion is quadratic in the length, so decoding is bounded: NEAR's
/// longest base58 value (a secp256k1 signature, 65 bytes) needs at most 89 digits.
public enum Base58 {
  public static let maximumCharacters = 256

  private static let alphabet = Array(
    "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz".utf8)

  private static let digitValues: [UInt8] = {
    var table = [UInt8](repeating: 0xff, count: 128)
    for (value, character) in alphabet.enumerated() { table[Int(character)] = UInt8(value) }
    return table
  }()

  public static func decode(_ text: some StringProtocol) throws(Base58Error) -> [UInt8] {
    let count = text.count
    guard count <= maximumCharacters else { throw .tooLong(characters: count) }
    var zeros = 0
    var leading = true
    // Little-endian base-256 digits of the number read so far.
    var number: [UInt8] = []
    for (offset, character) in text.enumerated() {
      guard let ascii = character.asciiValue, digitValues[Int(ascii)] != 0xff else {
        throw .invalidCharacter(character, offset: offset)
      }
      let value = digitValues[Int(ascii)]
      if leading && value == 0 {
        zeros += 1
        continue
      }
      leading = false
      var carry = Int(value)
      for i in number.indices {
        carry += Int(number[i]) * 58
        number[i] = UInt8(carry & 0xff)
        carry >>= 8
      }
      while carry > 0 {
        number.append(UInt8(carry & 0xff))
        carry >>= 8
      }
    }
    return [UInt8](repeating: 0, count: zeros) + number.reversed()
  }

  public static func encode(_ bytes: some Collection<UInt8>) -> String {
    let zeros = bytes.prefix { $0 == 0 }.count
    // Little-endian base-58 digits.
    var digits: [UInt8] = []
    for byte in bytes.dropFirst(zeros) {
      var carry = Int(byte)
      for i in digits.indices {
        carry += Int(digits[i]) << 8
        digits[i] = UInt8(carry % 58)
        carry /= 58
      }
      while carry > 0 {
        digits.append(UInt8(carry % 58))
        carry /= 58
      }
    }
    let characters =
      [UInt8](repeating: alphabet[0], count: zeros) + digits.reversed().map { alphabet[Int($0)] }
    return String(decoding: characters, as: UTF8.self)
  }
}
