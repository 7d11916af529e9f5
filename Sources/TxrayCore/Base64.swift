/// Why a base64 string could not be decoded, with where the problem is.
public enum Base64Error: Error, Equatable, CustomStringConvertible {
  /// `offset` counts characters from the start of the text as given.
  case invalidCharacter(Character, offset: Int)
  /// The characters do not make whole groups of four (after optional padding).
  case badLength(characters: Int)
  /// Padding in the middle, or bits left over in the last group that a canonical encoder
  /// would have written as zero.
  case badPadding(offset: Int)

  public var description: String {
    switch self {
    case .invalidCharacter(let character, let offset):
      let shown = character.unicodeScalars.map { $0.escaped(asASCII: true) }.joined()
      return "invalid base64 character '\(shown)' at offset \(offset)"
    case .badLength(let characters):
      return "base64 length \(characters) leaves a partial group of one character"
    case .badPadding(let offset):
      return "misplaced base64 padding or non-zero trailing bits at offset \(offset)"
    }
  }
}

/// Standard base64 (RFC 4648, `+` and `/`), as NEAR RPC writes Borsh transactions and function
/// arguments. Padding may be left out; anything else that is not canonical is an error, so one
/// text has exactly one meaning.
public enum Base64 {
  private static let alphabet = Array(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

  private static let values: [UInt8] = {
    var table = [UInt8](repeating: 0xff, count: 128)
    for (value, character) in alphabet.enumerated() { table[Int(character)] = UInt8(value) }
    return table
  }()

  public static func decode(_ text: some StringProtocol) throws(Base64Error) -> [UInt8] {
    let characters = Array(text)
    var end = characters.count
    var padding = 0
    while end > 0, characters[end - 1] == "=", padding < 2 {
      end -= 1
      padding += 1
    }
    if padding > 0 && characters.count % 4 != 0 { throw .badPadding(offset: end) }
    var sextets: [UInt8] = []
    sextets.reserveCapacity(end)
    for offset in 0..<end {
      let character = characters[offset]
      guard let ascii = character.asciiValue, values[Int(ascii)] != 0xff else {
        if character == "=" { throw .badPadding(offset: offset) }
        throw .invalidCharacter(character, offset: offset)
      }
      sextets.append(values[Int(ascii)])
    }
    if sextets.count % 4 == 1 { throw .badLength(characters: sextets.count) }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(sextets.count * 3 / 4)
    var index = 0
    while index < sextets.count {
      let group = sextets[index..<min(index + 4, sextets.count)]
      var bits: UInt32 = 0
      for sextet in group { bits = bits << 6 | UInt32(sextet) }
      bits <<= UInt32(6 * (4 - group.count))
      let produced = group.count - 1
      for k in 0..<produced { bytes.append(UInt8(truncatingIfNeeded: bits >> UInt32(16 - 8 * k))) }
      // A canonical encoder leaves the unused low bits of a short group at zero.
      let unused = bits & ((1 << UInt32(8 * (3 - produced))) - 1)
      if unused != 0 { throw .badPadding(offset: index + group.count - 1) }
      index += 4
    }
    return bytes
  }

  public static func encode(_ bytes: some Collection<UInt8>) -> String {
    let input = Array(bytes)
    var out: [UInt8] = []
    out.reserveCapacity((input.count + 2) / 3 * 4)
    var index = 0
    while index < input.count {
      let chunk = input[index..<min(index + 3, input.count)]
      var bits: UInt32 = 0
      for byte in chunk { bits = bits << 8 | UInt32(byte) }
      bits <<= UInt32(8 * (3 - chunk.count))
      for k in 0..<4 {
        out.append(
          k <= chunk.count ? alphabet[Int((bits >> UInt32(18 - 6 * k)) & 0x3f)] : UInt8(ascii: "="))
      }
      index += 3
    }
    return String(decoding: out, as: UTF8.self)
  }
}
