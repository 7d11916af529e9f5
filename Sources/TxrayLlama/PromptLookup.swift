/// Draft tokens for prompt-lookup decoding: the model's answer mostly re-words the draft in its
/// prompt, so the tokens that followed the last few generated ones where they occur in the
/// prompt are a good guess at what comes next. The guess is only ever a proposal; the model
/// checks every drafted token (see `LlamaModel.generate`), so a wrong guess costs time, never
/// changes the text.
struct PromptLookup {
  let prompt: [Int32]
  var maximumDraft: Int
  /// Longest n-gram matched first; a longer match predicts better.
  var longestMatch = 3

  /// Up to `maximumDraft` tokens that followed the latest occurrence in the prompt of the
  /// longest suffix of `text` (prompt and answer so far) that occurs there; empty when none.
  func draft(after text: [Int32]) -> [Int32] {
    guard maximumDraft > 0 else { return [] }
    for length in stride(from: min(longestMatch, text.count), through: 1, by: -1) {
      let suffix = text[(text.count - length)...]
      // Latest occurrence first: the draft sits at the end of the prompt.
      var start = prompt.count - length - 1
      while start >= 0 {
        if prompt[start..<(start + length)].elementsEqual(suffix) {
          let from = start + length
          return Array(prompt[from..<min(prompt.count, from + maximumDraft)])
        }
        start -= 1
      }
    }
    return []
  }
}
