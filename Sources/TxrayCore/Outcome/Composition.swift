/// Which claims an explanation says, in which order and wording, and how each joins the one
/// before it. The narrator's own text is a composition, and so is a model's answer: code renders
/// both from the claims' wordings, so the words are always the code's.
public struct Composition: Sendable, Equatable {
  /// How a claim's sentence follows the text before it. The closed list of joining words.
  public enum Joint: String, Sendable, CaseIterable {
    /// A sentence of its own.
    case sentence
    /// Joined to the previous sentence with ", and ".
    case and
    /// A sentence of its own that starts "Also, ".
    case also
  }

  public struct Item: Sendable, Equatable {
    /// The claim's id.
    public var claim: String
    /// Index into the claim's wordings.
    public var wording: Int
    public var joint: Joint

    public init(claim: String, wording: Int = 0, joint: Joint = .sentence) {
      self.claim = claim
      self.wording = wording
      self.joint = joint
    }
  }

  public var items: [Item]

  public init(_ items: [Item]) { self.items = items }

  /// The claim ids in the order said.
  public var claimIds: [String] { items.map(\.claim) }

  /// Whether `claim`'s `wording` can follow `joint` after `previous`: it starts with a plain
  /// capitalised word ("You", "Fees"), which can be lower-cased, not with a value or an acronym.
  /// Only context joins context with "and" ("you sign as …, and fees can reach …"), so "and"
  /// never links two things as if one followed from the other; "Also," opens a detail, context
  /// or why sentence. No sentence says "also" twice: "Also, the contract's descriptor also
  /// shows …", or "Also, you sign as …, and it also sends …" when `sentenceSaysAlso` says the
  /// sentence being joined has one already. A finding always stands as a sentence of its own
  /// after its severity.
  public static func canJoin(
    _ claim: Claim, _ wording: String, with joint: Joint, after previous: Claim?,
    sentenceSaysAlso: Bool = false
  ) -> Bool {
    switch joint {
    case .sentence: return true
    case .and:
      guard claim.kind == .context, previous?.kind == .context,
        !(sentenceSaysAlso && saysAlso(wording))
      else { return false }
    case .also:
      guard [.detail, .context, .why].contains(claim.kind), !saysAlso(wording) else { return false }
    }
    let word = wording.prefix { $0.isLetter }
    guard let first = word.first, first.isUppercase, word.count >= 2 else { return false }
    return word.dropFirst().allSatisfy(\.isLowercase)
  }

  /// The template text: each item's wording, joined as its joint says. Items whose claim or
  /// wording does not exist are left out (callers build compositions from the same claims).
  public func template(claims: [Claim]) -> String { render(claims: claims).text }

  /// Whether the last sentence of the text says "also" already, so that a wording joined to it
  /// with "and" must not.
  public func lastSentenceSaysAlso(claims: [Claim]) -> Bool {
    render(claims: claims).lastSentenceSaysAlso
  }

  private func render(claims: [Claim]) -> (text: String, lastSentenceSaysAlso: Bool) {
    var text = ""
    var previous: Claim?
    var sentenceSaysAlso = false
    for item in items {
      guard let claim = claims.first(where: { $0.id == item.claim }),
        claim.wordings.indices.contains(item.wording)
      else { continue }
      let wording = claim.wordings[item.wording]
      let joinable =
        !text.isEmpty
        && Self.canJoin(
          claim, wording, with: item.joint, after: previous, sentenceSaysAlso: sentenceSaysAlso)
      previous = claim
      switch joinable ? item.joint : .sentence {
      case .sentence:
        text += (text.isEmpty ? "" : " ") + wording
        sentenceSaysAlso = Self.saysAlso(wording)
      case .also:
        text += " Also, " + Self.lowercasingFirst(wording)
        sentenceSaysAlso = true
      case .and:
        if let last = text.last, ".!".contains(last) { text.removeLast() }
        text += ", and " + Self.lowercasingFirst(wording)
        sentenceSaysAlso = sentenceSaysAlso || Self.saysAlso(wording)
      }
    }
    return (text, sentenceSaysAlso)
  }

  private static func saysAlso(_ wording: String) -> Bool {
    wording.lowercased().split { !$0.isLetter }.contains("also")
  }

  private static func lowercasingFirst(_ text: String) -> String {
    guard let first = text.first else { return text }
    return first.lowercased() + text.dropFirst()
  }
}
