import TxrayCore

/// Decides whether a model's text may be shown instead of the narrator's.
///
/// It reads the model's raw text, before placeholders are filled, and rejects text that:
/// - names a placeholder that does not exist (or leaves a brace open);
/// - omits the `{riskN}` placeholder of any `high` or `critical` finding. Requiring the
///   placeholder, rather than matching each rule's keywords, is exact for every rule, present or
///   future, and cannot be met by a paraphrase that softens the finding: the filled text carries
///   the rule's own sentence;
/// - tells the signer the transaction is safe, or not to worry: txray can only say what it found,
///   and this is the claim a hostile token name would ask for;
/// - writes, in free text, a number, an address, an account id or an asset symbol that no fact
///   contains. A grammar-bound model cannot write them at all; an endpoint model can;
/// - repeats itself (see `Repetition`).
public struct Guard: Sendable {
  public enum Verdict: Sendable, Equatable {
    case accepted
    case rejected(String)
  }

  let slotNames: Set<String>
  let required: [(slot: String, rule: String)]
  /// Every fact's value, lower-cased: free-written identifiers must occur in it.
  let factText: String

  /// Longer text is not the 2–4 sentences asked for: a model running on.
  static let maxLength = 1_500

  public init(slots: [Slot], required: [(slot: String, rule: String)]) {
    slotNames = Set(slots.map(\.name))
    self.required = required
    factText = slots.map { $0.value.lowercased() }.joined(separator: "\n")
  }

  public init(prompt: GroundedPrompt) {
    self.init(slots: prompt.slots, required: prompt.required)
  }

  public func check(_ text: String) -> Verdict {
    if text.allSatisfy(\.isWhitespace) { return .rejected("the model wrote nothing") }
    if text.count > Self.maxLength {
      return .rejected("the text is longer than \(Self.maxLength) characters")
    }
    let parsed = PlaceholderText(text)
    if let open = parsed.unclosed { return .rejected("unclosed placeholder \"\(open)\"") }
    if let unknown = parsed.names.first(where: { !slotNames.contains($0) }) {
      return .rejected("names a slot that does not exist: {\(unknown)}")
    }
    for (slot, rule) in required where !parsed.names.contains(slot) {
      return .rejected("omits the \(rule) finding ({\(slot)})")
    }
    if let loop = Repetition.problem(in: text) { return .rejected(loop) }
    if let claim = ReassuranceClaims.first(in: parsed.prose) {
      return .rejected("claims \"\(claim)\", which txray cannot know")
    }
    if let free = FreeIdentifiers.all(in: parsed.prose).first(where: { !isFact($0) }) {
      return .rejected(
        "writes \"\(TerminalSafeText.sanitize(free))\", which is not among the facts")
    }
    return .accepted
  }

  /// True when some fact contains `token` as a whole: "100" is not accepted on the strength of
  /// "1000000", nor "alice.near" on "malice.near".
  func isFact(_ token: String) -> Bool {
    let needle = token.lowercased()
    var rest = factText[...]
    while let range = rest.firstRange(of: needle) {
      let before =
        range.lowerBound > factText.startIndex
        ? factText[factText.index(before: range.lowerBound)] : " "
      let after = range.upperBound < factText.endIndex ? factText[range.upperBound] : " "
      if !isIdentifierCharacter(before) && !isIdentifierCharacter(after) { return true }
      rest = factText[factText.index(after: range.lowerBound)...]
    }
    return false
  }

  private func isIdentifierCharacter(_ c: Character) -> Bool {
    c.isLetter || c.isNumber || c == "_" || c == "-"
  }
}

/// A model's text split into the placeholders it names and the prose around them.
struct PlaceholderText {
  var names: [String] = []
  /// The text with each placeholder replaced by a space, so prose checks never see slot names.
  var prose = ""
  /// The first `{…` that has no closing brace, if any.
  var unclosed: String?

  init(_ text: String) {
    var rest = text[...]
    while let open = rest.firstIndex(of: "{") {
      prose += rest[..<open]
      let afterOpen = rest.index(after: open)
      guard let close = rest[afterOpen...].firstIndex(where: { $0 == "}" || $0 == "{" }),
        rest[close] == "}"
      else {
        unclosed = String(rest[open...].prefix(24))
        return
      }
      names.append(String(rest[afterOpen..<close]))
      prose += " "
      rest = rest[rest.index(after: close)...]
    }
    prose += rest
  }
}
