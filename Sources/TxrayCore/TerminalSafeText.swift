/// Text that came from outside (a transaction, a file, an error about either) made safe to print.
///
/// Control characters could move the cursor, recolour or clear a terminal, or forge extra lines in
/// a log; bidirectional overrides could reorder what a person reads. Each one is replaced by a
/// visible escape such as `\x1b` or `\u{202e}`, so the text shows what it contains.
public enum TerminalSafeText {
  public static func sanitize(_ text: some StringProtocol) -> String {
    // Printable ASCII, the usual case, has nothing to escape. Checked over contiguous UTF-8:
    // generic iteration across modules is slow enough to show in batch profiles.
    let printable = text.utf8.withContiguousStorageIfAvailable {
      $0.allSatisfy { $0 >= 0x20 && $0 < 0x7f }
    }
    if printable == true { return String(text) }
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      if isUnsafe(scalar) {
        out +=
          scalar.value <= 0xff
          ? "\\x" + hex2(scalar.value) : "\\u{" + String(scalar.value, radix: 16) + "}"
      } else {
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// Whether a character must never reach a terminal or a reader as itself: C0 and C1 controls
  /// (C1 0x9b is a CSI on some terminals), bidirectional marks, embeddings, overrides and
  /// isolates (which reorder what is read), line and paragraph separators, and zero-width
  /// characters (which hide a difference between two names). JSON output escapes the same set.
  public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x1f, 0x7f...0x9f: return true
    case 0x061c, 0x200e, 0x200f, 0x202a...0x202e, 0x2066...0x2069, 0x2028, 0x2029: return true
    case 0x200b...0x200d, 0x2060, 0xfeff: return true
    default: return false
    }
  }

  private static func hex2(_ v: UInt32) -> String {
    let digits = String(v, radix: 16)
    return digits.count == 1 ? "0" + digits : digits
  }
}
