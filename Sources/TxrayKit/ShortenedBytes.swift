import EVM
import TxrayCore

/// Long byte strings in the text account: the first and last bytes and the size, so a 2 KB
/// aggregator payload does not push everything else off the screen. JSON and the review screen's
/// Raw tab keep every byte.
enum ShortenedBytes {
  /// Byte strings up to this long are shown whole.
  static let wholeUpTo = 64
  static let headBytes = 8
  static let tailBytes = 4

  /// `value` as text, with every long `bytes` value in it shortened, nested ones too:
  /// "0x0102…feff (1234 bytes)".
  static func text(_ value: ABIValue, as type: ABIType) -> String {
    value.text(as: type) { bytes in
      guard bytes.count > wholeUpTo else { return Hex.encode(bytes) }
      return Hex.encode(bytes.prefix(headBytes)) + "…"
        + Hex.encode(bytes.suffix(tailBytes), prefix: false) + " (\(bytes.count) bytes)"
    }
  }
}
