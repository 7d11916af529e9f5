import TxrayCore

/// Input text with its whitespace removed, remembering where each character stood, so that an
/// error names the offset in the text as the user gave it.
struct CompactText {
  let text: String
  /// The offset in the original text of each character of `text`; nil when nothing was removed.
  private let originalOffsets: [Int]?

  init(_ original: String) {
    // Plain ASCII without blanks, the usual case, is kept as given.
    if !original.utf8.contains(where: { $0 == 0x20 || (0x09...0x0d).contains($0) || $0 >= 0x80 }) {
      text = original
      originalOffsets = nil
      return
    }
    var compact = ""
    var offsets: [Int] = []
    compact.reserveCapacity(original.utf8.count)
    for (offset, ch) in original.enumerated() where !ch.isWhitespace {
      compact.append(ch)
      offsets.append(offset)
    }
    text = compact
    originalOffsets = offsets
  }

  func originalOffset(_ offset: Int) -> Int {
    guard let originalOffsets, offset < originalOffsets.count else { return offset }
    return originalOffsets[offset]
  }

  func hexBytes() throws(Failure) -> [UInt8] {
    do { return try Hex.decode(text) } catch {
      switch error {
      case .invalidCharacter(let ch, let offset):
        throw .badInput("invalid hex character '\(ch)' at offset \(originalOffset(offset))")
      case .oddLength(let digits):
        throw .badInput("odd number of hex digits (\(digits)): the last byte is cut in half")
      }
    }
  }
}
