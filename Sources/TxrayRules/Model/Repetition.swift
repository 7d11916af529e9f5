/// Text that repeats itself: a small model stuck in a loop ("ouchy ouchy ouchy …", or one
/// sentence written twice). Such text can name every slot and pass every other check while
/// telling the signer nothing, so it is rejected and the narrator's text shown instead.
enum Repetition {
  /// A word written this many times in a row is a loop, not English.
  static let wordRun = 3
  /// Sentences with fewer prose words than this may repeat in honest text.
  static let sentenceWords = 4

  /// Why `text` reads as a loop, or nil. Placeholders count as words, so "{token} {token}
  /// {token}" is a loop too.
  static func problem(in text: String) -> String? {
    let sentences = text.split { ".!?".contains($0) }.map(words)
    var run = 0
    var previous = ""
    for word in sentences.joined() {
      run = word == previous ? run + 1 : 1
      previous = word
      if run >= wordRun { return "repeats \"\(word)\" \(run) times in a row" }
    }
    // Sentences compare by their prose: a placeholder run into a sentence ("{risk1} This …")
    // does not make a repeat new.
    var seen = Set<[String]>()
    for sentence in sentences {
      let prose = sentence.filter { !$0.hasPrefix("{") }
      if prose.count >= sentenceWords && !seen.insert(prose).inserted {
        return "writes the same sentence twice"
      }
    }
    return nil
  }

  /// Lower-case words without their punctuation.
  private static func words(_ text: Substring) -> [String] {
    text.lowercased().split(whereSeparator: \.isWhitespace)
      .map { $0.filter { $0.isLetter || $0.isNumber || "{}_".contains($0) } }
      .filter { !$0.isEmpty }
  }
}
