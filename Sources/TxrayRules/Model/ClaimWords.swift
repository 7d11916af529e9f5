/// Text reduced to the words that carry its meaning, so that `ClaimCheck` compares what two
/// sentences state rather than how they are typeset: lower case, punctuation around words
/// dropped (inner punctuation kept: "0.0018", "alice.near", "1,000"), three dots read as an
/// ellipsis, and a few exact synonyms merged. Nothing that changes a statement is merged: "to"
/// and "from", "send" and "receive", "can" and "cannot" stay apart.
enum ClaimWords {
  static func of(_ text: String) -> [Substring] {
    let prepared = text.lowercased()
      .replacingOccurrences(of: "...", with: "…")
      .replacingOccurrences(of: "’", with: "'")
    return prepared.split(whereSeparator: \.isWhitespace).compactMap { raw in
      let word = raw.drop { edge.contains($0) }.reversed().drop { edge.contains($0) }.reversed()
      let trimmed = Substring(String(word))
      guard !trimmed.isEmpty else { return nil }
      return synonyms[trimmed].map { Substring($0) } ?? trimmed
    }
  }

  /// Joining words a composition may put between statements ("and", "Also,"): they add nothing
  /// a statement could be judged by.
  static let connectives: [[Substring]] = [
    ["and"], ["also"], ["in", "addition"], ["additionally"], ["moreover"], ["furthermore"],
    ["note", "that"],
  ]

  private static let edge: Set<Character> = [
    ",", ";", ":", ".", "!", "?", "(", ")", "\"", "'", "“", "”", "‘", "—", "–", "*", "`",
  ]

  private static let synonyms: [Substring: String] = [
    "may": "can", "gets": "receives", "get": "receive", "transfers": "sends",
    "transfer": "send", "you'll": "you", "it's": "it",
  ]
}
