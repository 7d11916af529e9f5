import TxrayCore

/// The semantic Guard: reads a text back into the narration's claims and accepts it only when
/// it is made of them, each stated whole with every value in the place its claim gives it.
///
/// A sentence that swaps two roles, flips a direction, adds a negation, pairs an amount with
/// another asset or party, names a value no claim holds, invents a purpose or repeats a claim
/// matches no claim in that form and is rejected; so is a text that leaves out a high or
/// critical finding, or explains a finding it did not state. It checks prose from a model the
/// grammar does not bind (`--endpoint` servers) and, as a second line, every composition.
public struct ClaimCheck: Sendable {
  public enum Verdict: Sendable, Equatable {
    /// The claim ids the text states, in order.
    case accepted([String])
    case rejected(String)
  }

  private struct Statement: Sendable {
    var claim: Claim
    var words: [Substring]
  }

  private let statements: [Statement]
  private let required: [Claim]

  /// Longer text is not the 2–4 sentences asked for: a model running on.
  static let maxLength = 1_500

  public init(narration: Narration) {
    statements = narration.claims.flatMap { claim in
      claim.wordings.map { Statement(claim: claim, words: ClaimWords.of(narration.fill($0))) }
    }
    .filter { !$0.words.isEmpty }
    // Longest first: a wording that begins another is only taken when the longer one fails.
    .sorted { $0.words.count > $1.words.count }
    required = narration.claims.filter(\.isRequired)
  }

  public func check(_ text: String) -> Verdict {
    if text.allSatisfy(\.isWhitespace) { return .rejected("the text is empty") }
    if text.count > Self.maxLength {
      return .rejected("the text is longer than \(Self.maxLength) characters")
    }
    let words = ClaimWords.of(text)
    var said: [String] = []
    var position = 0
    while position < words.count {
      if let connective = ClaimWords.connectives.first(where: {
        words[position...].starts(with: $0)
      }) {
        position += connective.count
        continue
      }
      guard let statement = statements.first(where: { words[position...].starts(with: $0.words) })
      else {
        let rest = words[position...].prefix(12).joined(separator: " ")
        return .rejected("\"\(TerminalSafeText.sanitize(rest))…\" is not one of txray's statements")
      }
      let claim = statement.claim
      if said.contains(claim.id) { return .rejected("states \(claim.id) twice") }
      if let parent = claim.follows, said.last != parent {
        return .rejected("explains \(parent) without stating it first")
      }
      said.append(claim.id)
      position += statement.words.count
    }
    if said.isEmpty { return .rejected("the text states nothing") }
    if let missing = required.first(where: { !said.contains($0.id) }) {
      return .rejected("omits the \(missing.id) claim")
    }
    return .accepted(said)
  }
}
