import TxrayCore

/// The prompt for a model that composes: the narration's claims as labelled statements, their
/// wordings as templates. The model sees slot names (`{spender}`), never their values, so no
/// token name, memo or argument from the transaction reaches it: there is nothing to steer it
/// with. Findings show their severity and rule; the model's job is the order, the choice among
/// true statements, and the joins.
public struct CompositionPrompt: Sendable {
  public let system: String
  public let user: String

  public init(grammar: CompositionGrammar) {
    system = Self.systemText
    let labels = Dictionary(
      grammar.claims.enumerated().map { ($1.id, CompositionGrammar.label($0)) },
      uniquingKeysWith: { first, _ in first })
    var lines: [String] = []
    for (index, claim) in grammar.claims.enumerated() {
      let tags = Self.tags(claim, parent: claim.follows.flatMap { labels[$0] })
      for (number, wording) in claim.wordings.enumerated() {
        lines.append(
          "\(CompositionGrammar.label(index))\(number + 1) [\(tags)] \(Self.shown(wording, claim))")
      }
    }
    let required = grammar.claims.indices.filter { grammar.claims[$0].isRequired }
      .map(CompositionGrammar.label)
    lines.append(
      required.isEmpty
        ? "Say 2 to 4."
        : "Say 2 to 4, including " + required.joined(separator: ", ") + ".")
    user = lines.joined(separator: "\n")
  }

  static let systemText = """
    You help a person decide whether to sign a blockchain transaction. You get true statements \
    about it, one per line: a label (a letter, and the number of one of its wordings), its kind, \
    and the words. Pick the few statements that \
    best tell the person what will happen, and put first what can lose them money: critical and \
    high findings, then what they give away or allow, then the rest. Answer only with labels, \
    separated by spaces. \
    Write "and" between two labels to join their sentences, or "also" before a label to add \
    it as "Also, …". Every statement marked "must say" has to be in the answer.
    """

  private static func tags(_ claim: Claim, parent: String?) -> String {
    var tags: [String] = []
    switch claim.kind {
    case .finding: tags.append((claim.severity?.rawValue ?? "info") + " finding")
    case .why: tags.append("why " + (parent ?? "the one before") + " matters, only after it")
    default: tags.append(claim.kind.rawValue)
    }
    if claim.isRequired { tags.append("must say") }
    return tags.joined(separator: ", ")
  }

  /// A wording as the model sees it: a finding's sentence is one slot, so its rule stands in.
  private static func shown(_ wording: String, _ claim: Claim) -> String {
    guard claim.kind == .finding, let rule = claim.id.split(separator: ".").last
    else { return wording }
    return wording.replacingOccurrences(
      of: "{" + (claim.roles.first { $0.value == .finding }?.key ?? "") + "}",
      with: "[" + rule.replacingOccurrences(of: "-", with: " ") + "]")
  }
}
