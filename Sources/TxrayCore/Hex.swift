/// Why a hex string could not be decoded, with where the problem is.
public enum HexError: Error, Equatable, CustomStringConvertible {
  /// The digits (not counting a `0x` prefix) do not pair up into bytes.
  case oddLength(digits: Int)
  /// `offset` counts characters from the start of the text as given, prefix included.
  case invalidCharacter(Character, offset: Int)

  public var description: String {
    switch self {
    case .oddLength(let digits):
      return "odd number of hex digits (\(digits)); each byte needs two"
    case .invalidCharacter(let character, let offset):
      return "invalid hex character '\(character.unicodeScalars.map(Self.visible).joined())'"
        + " at offset \(offset)"
    }
  }

  /// Shows control and other invisible characters as escapes so the message stays one line.
  private static func visible(_ scalar: Unicode.Scalar) -> String {
    scalar.properties.isWhitespace || scalar.value < 0x20 || (0x7f...0x9f).contains(scalar.value)
      || scalar.properties.generalCategory == .format
      ? scalar.escaped(asASCII: true) : String(scalar)
  }
}

/// Strict hex codec: an optional `0x`/`0X` prefix, then pairs of hex digits of either case.
/// Whitespace, underscores and other separators are errors rather than silently skipped.
public enum Hex {
  public static func decode(_ text: some StringProtocol) throws(HexError) -> [UInt8] {
    // Fast path over the contiguous UTF-8 of native strings: generic per-element iteration across
    // module boundaries costs hundreds of instructions per digit. Any problem falls through to the
    // general path below, which finds and reports it precisely.
    if case .some(.some(let bytes)) = text.utf8.withContiguousStorageIfAvailable(decodeValid) {
      return bytes
    }
    var digits = text.utf8[...]
    let prefixLength = hasPrefix(digits) ? 2 : 0
    digits = digits.dropFirst(prefixLength)

    var bytes: [UInt8] = []
    bytes.reserveCapacity(digits.count / 2)
    var high: UInt8?
    for character in digits {
      guard let nibble = nibble(character) else {
        throw firstInvalidCharacter(in: text, after: prefixLength)
      }
      if let pending = high {
        bytes.append(pending << 4 | nibble)
        high = nil
      } else {
        high = nibble
      }
    }
    if high != nil { throw .oddLength(digits: digits.count) }
    return bytes
  }

  /// The bytes of well-formed hex (optional prefix, even count of digits), or nil.
  private static func decodeValid(_ utf8: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
    let prefixLength = hasPrefix(utf8) ? 2 : 0
    let digitCount = utf8.count - prefixLength
    guard digitCount % 2 == 0 else { return nil }
    var valid = true
    let bytes = [UInt8](unsafeUninitializedCapacity: digitCount / 2) { out, count in
      var i = prefixLength
      while i < utf8.count {
        guard let high = nibble(utf8[i]), let low = nibble(utf8[i + 1]) else {
          valid = false
          break
        }
        out[count] = high << 4 | low
        count += 1
        i += 2
      }
    }
    return valid ? bytes : nil
  }

  /// Lowercase digits, `0x`-prefixed unless `prefix` is false.
  public static func encode(_ bytes: some Sequence<UInt8>, prefix: Bool = true) -> String {
    var utf8: [UInt8] = prefix ? Array("0x".utf8) : []
    utf8.reserveCapacity(utf8.count + 2 * bytes.underestimatedCount)
    for byte in bytes {
      utf8.append(digit(byte >> 4))
      utf8.append(digit(byte & 0x0f))
    }
    return String(decoding: utf8, as: UTF8.self)
  }

  /// The value of one ASCII hex digit, or nil.
  @inlinable
  static func nibble(_ character: UInt8) -> UInt8? {
    switch character {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return character &- UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): return character &- UInt8(ascii: "a") &+ 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): return character &- UInt8(ascii: "A") &+ 10
    default: return nil
    }
  }

  private static func digit(_ nibble: UInt8) -> UInt8 {
    nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") + nibble - 10
  }

  private static func hasPrefix(_ utf8: some Collection<UInt8>) -> Bool {
    utf8.starts(with: "0x".utf8) || utf8.starts(with: "0X".utf8)
  }

  /// Called once a bad byte was seen: walks the text by `Character` so the reported offset and
  /// character are what a person sees, even for multi-byte or combined characters.
  private static func firstInvalidCharacter(
    in text: some StringProtocol, after prefixLength: Int
  ) -> HexError {
    for (offset, character) in text.enumerated() {
      // A prefix character fused with a combining mark is no longer a prefix, so compare
      // whole characters here rather than skipping a count.
      if offset < prefixLength, character == "0" || character == "x" || character == "X" {
        continue
      }
      guard let ascii = character.asciiValue, nibble(ascii) != nil else {
        return .invalidCharacter(character, offset: offset)
      }
    }
    // Unreachable when a bad byte exists; report the end of the text rather than trap.
    return .invalidCharacter(" ", offset: text.count)
  }
}
