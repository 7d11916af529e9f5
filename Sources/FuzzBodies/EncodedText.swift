import TxrayCore

extension FuzzBody {
  /// Text as the hex, base64 and base58 decoders read it (pasted transactions, NEAR keys and
  /// hashes). Each codec is strict, so whatever one accepts it writes back the same way: hex
  /// as `0x` and lower-case digits, base64 padded, base58 unchanged; and reads that back to the
  /// same bytes.
  public static let codecs = FuzzBody(target: "Codecs") { input throws(PropertyViolation) in
    let text = String(decoding: input, as: UTF8.self)
    if let bytes = try? Hex.decode(text) {
      let digits = text.hasPrefix("0x") || text.hasPrefix("0X") ? text.dropFirst(2) : text[...]
      try expect(Hex.encode(bytes) == "0x" + digits.lowercased(), "hex", text)
      try expect((try? Hex.decode(Hex.encode(bytes))) == bytes, "hex", text)
    }
    if let bytes = try? Base64.decode(text) {
      let written = Base64.encode(bytes)
      try expect(withoutPadding(written) == withoutPadding(text), "base64", text)
      try expect((try? Base64.decode(written)) == bytes, "base64", text)
    }
    if let bytes = try? Base58.decode(text) {
      try expect(Base58.encode(bytes) == text, "base58", text)
      try expect((try? Base58.decode(Base58.encode(bytes))) == bytes, "base58", text)
    }
  }

  private static func withoutPadding(_ text: String) -> Substring {
    var end = text.endIndex
    while end > text.startIndex, text[text.index(before: end)] == "=" {
      end = text.index(before: end)
    }
    return text[..<end]
  }

  private static func expect(_ holds: Bool, _ codec: String, _ text: String)
    throws(PropertyViolation)
  {
    guard holds else {
      throw PropertyViolation(
        "\(codec) does not write back what it read from \(text.debugDescription)")
    }
  }
}
