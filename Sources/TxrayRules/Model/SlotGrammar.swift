/// The GBNF grammar that keeps a local model's answer to prose over placeholders.
///
/// Words are letters only: a capital may start a word (and must start a sentence), the rest is
/// lower case, with at most one
/// inner hyphen and one apostrophe suffix ("don't", "so-called"). That rules out digits, `0x…`,
/// `alice.near` (a dot ends a sentence and must be followed by a space), `transferFrom` and
/// `USDC`: every number, address, account or asset has to come through a `{slot}`. Placeholders
/// are the listed names only. A finding's `{riskN}` stands as a sentence of its own, because its
/// value is the rule's full sentence; the `high` and `critical` ones are required, in order, so a
/// grammar-bound model cannot end its answer without them.
public enum SlotGrammar {
  /// Names a placeholder may have: they are written into the grammar as literals.
  public static func isValidName(_ name: String) -> Bool {
    guard let first = name.unicodeScalars.first,
      ("a"..."z").contains(first) || ("A"..."Z").contains(first)
    else { return false }
    return name.unicodeScalars.allSatisfy {
      ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
        || $0 == "_"
    }
  }

  /// Sentences a model may add between the required findings, and after the last one.
  static let maxSentencesBetween = 2
  /// Items (words and placeholders) in one prose sentence.
  static let maxItems = 32

  public static func grammar(
    factSlots: [String], requiredRisks: [String], optionalRisks: [String]
  ) -> String {
    var root = "prose" + more
    for risk in requiredRisks {
      root += " \" \" \"{\(risk)}\"" + more
    }
    var rules = ["root ::= " + root]
    rules.append(
      optionalRisks.isEmpty
        ? "sentence ::= prose"
        : "sentence ::= prose | " + optionalRisks.map { "\"{\($0)}\"" }.joined(separator: " | "))
    // A sentence starts with a capital or a placeholder, so text after a `{riskN}` cannot be
    // the rest of that finding's sentence ("{risk1} is why …").
    rules.append("prose ::= first (\" \" item){0,\(maxItems - 1)} [.!?]")
    rules.append(
      factSlots.isEmpty
        ? "first ::= capital [,;:]?"
        : "first ::= (capital | slot) [,;:]?")
    rules.append(
      factSlots.isEmpty
        ? "item ::= word [,;:]?"
        : "item ::= (word | slot) [,;:]?")
    rules.append("capital ::= [A-Z] rest")
    rules.append("word ::= [A-Za-z] rest")
    rules.append("rest ::= [a-z]{0,19} (\"-\" [a-z]{1,20})? (\"'\" [a-z]{1,2})?")
    if !factSlots.isEmpty {
      rules.append("slot ::= " + factSlots.map { "\"{\($0)}\"" }.joined(separator: " | "))
    }
    return rules.joined(separator: "\n") + "\n"
  }

  private static var more: String { " (\" \" sentence){0,\(maxSentencesBetween)}" }
}
