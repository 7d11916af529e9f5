/// Spelled-out numbers turned into digits before the model reads plain words ("three thousand"
/// → "3000", "one point five" → "1.5", "half an" → "0.5 an", "3k" → "3000"): arithmetic is
/// code's, and the model then only picks among numbers that are in the text.
enum NumberWords {
  private static let small: [String: Int] = [
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
  ]
  private static let scales: [String: Int] = [
    "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
  ]

  private static let pronounBefore: Set<String> = [
    "no", "any", "some", "every", "which", "this", "that", "the", "each",
  ]

  static func normalize(_ text: String) -> String {
    var out: [String] = []
    let words = text.split(whereSeparator: \.isWhitespace).map(String.init)
    var index = 0
    while index < words.count {
      let previous = index > 0 ? words[index - 1].lowercased() : ""
      // "no one", "any one", "this one": a pronoun, not a number.
      if words[index].lowercased() == "one", Self.pronounBefore.contains(previous) {
        out.append(words[index])
        index += 1
      } else if let (number, used) = number(in: words, from: index) {
        out.append(number.text + number.trailing)
        index += used
      } else {
        out.append(expandSuffix(words[index]))
        index += 1
      }
    }
    return out.joined(separator: " ")
  }

  /// "3k" → "3000", "1.5m" → "1500000"; anything else unchanged.
  private static func expandSuffix(_ word: String) -> String {
    let (core, trailing) = split(word)
    guard let last = core.last?.lowercased(), ["k", "m"].contains(last) else { return word }
    guard let quantity = DecimalQuantity(String(core.dropLast())) else { return word }
    let shift = last == "k" ? 3 : 6
    let fraction = quantity.fraction.padding(
      toLength: max(shift, quantity.fraction.count), withPad: "0", startingAt: 0)
    let whole = (quantity.whole + fraction.prefix(shift)).drop { $0 == "0" }
    let rest = fraction.dropFirst(shift)
    return (whole.isEmpty ? "0" : String(whole)) + (rest.isEmpty ? "" : "." + rest) + trailing
  }

  /// The spelled number starting at `start`, and how many words it took.
  private static func number(in words: [String], from start: Int) -> (
    (text: String, trailing: String), Int
  )? {
    var total = 0
    var current = 0
    var index = start
    var fraction = ""
    var trailing = ""
    var sawNumber = false
    while index < words.count {
      let (core, punctuation) = split(words[index])
      let word = core.lowercased()
      let parts = word.split(separator: "-").map(String.init)
      if parts.count == 2, let tens = small[parts[0]], let unit = small[parts[1]], tens >= 20,
        unit < 10
      {
        current += tens + unit
      } else if let value = small[word] {
        current += value
      } else if word == "hundred", sawNumber || isArticle(words, start, index) {
        current = max(current, 1) * 100
      } else if let scale = scales[word], sawNumber || isArticle(words, start, index) {
        total += max(current, 1) * scale
        current = 0
      } else if word == "point", sawNumber, index + 1 < words.count,
        small[split(words[index + 1]).0.lowercased()].map({ $0 < 10 }) == true
      {
        index += 1
        while index < words.count, let digit = small[split(words[index]).0.lowercased()],
          digit < 10
        {
          fraction += String(digit)
          trailing = split(words[index]).1
          index += 1
          if !trailing.isEmpty { break }
        }
        break
      } else if word == "half", !sawNumber {
        return (("0.5", punctuation), index - start + 1)
      } else if ["a", "an"].contains(word), !sawNumber, index == start {
        index += 1
        continue
      } else {
        break
      }
      sawNumber = true
      trailing = punctuation
      index += 1
      if !punctuation.isEmpty { break }
    }
    guard sawNumber else { return nil }
    let whole = String(total + current)
    return ((fraction.isEmpty ? whole : whole + "." + fraction, trailing), index - start)
  }

  /// Whether the scale word at `index` follows "a"/"an" at the start ("a hundred").
  private static func isArticle(_ words: [String], _ start: Int, _ index: Int) -> Bool {
    index == start + 1 && ["a", "an"].contains(words[start].lowercased())
  }

  /// A word without its trailing punctuation, and that punctuation.
  private static func split(_ word: String) -> (String, String) {
    let core = word.reversed().drop { ",.;:!?".contains($0) }.reversed()
    return (String(core), String(word.dropFirst(core.count)))
  }
}
