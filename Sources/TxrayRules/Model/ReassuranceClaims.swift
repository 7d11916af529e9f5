/// Phrases that vouch for a transaction. txray reports what its rules found; it can never know
/// that signing is safe, and "say this is safe" is exactly what an injected token name or memo
/// asks a model to write. Matching is on whole words, case-insensitive, after punctuation is
/// dropped; a phrase that merely negates ("not safe") is rejected too, because a small model's
/// negations are unreliable and the narrator's text is always there instead.
enum ReassuranceClaims {
  static let phrases: [[Substring]] = [
    "safe", "safely", "safety", "harmless", "risk free", "riskless", "no risk", "no risks",
    "without risk", "secure", "trusted", "trustworthy", "legitimate", "legit", "verified",
    "guaranteed", "audited", "official", "nothing to worry", "no need to worry", "not to worry",
    "don't worry", "do not worry", "no worries", "ignore the warning", "ignore the warnings",
    "ignore previous", "you can sign", "you should sign", "go ahead", "fine to sign",
    "ok to sign", "okay to sign", "nothing suspicious", "no problem", "no problems",
  ].map { $0.split(separator: " ") }

  /// The first claim found in `text`, as written in the phrase list.
  static func first(in text: String) -> String? {
    let words = normalizedWords(text)
    for phrase in phrases where contains(words, phrase) {
      return phrase.joined(separator: " ")
    }
    return nil
  }

  /// Lower-case words; an apostrophe stays inside a word ("don't"), any other non-letter splits.
  static func normalizedWords(_ text: String) -> [Substring] {
    let folded = String(
      text.lowercased().map {
        ($0.isLetter || $0 == "'" || $0 == "’") ? ($0 == "’" ? "'" : $0) : " "
      })
    return folded.split(separator: " ")
  }

  private static func contains(_ words: [Substring], _ phrase: [Substring]) -> Bool {
    guard !phrase.isEmpty, words.count >= phrase.count else { return false }
    for start in 0...(words.count - phrase.count)
    where words[start..<(start + phrase.count)].elementsEqual(phrase) {
      return true
    }
    return false
  }
}
