import TxrayCore

/// What a model may write when it composes an explanation: statement labels ("A1": claim A in
/// its first wording), each after a space and optionally after a joining word ("and", "also"),
/// and nothing else. It is enforced piece by piece, so every answer is a valid `Composition`:
/// - each claim at most once, a `why` claim only right after the claim it explains;
/// - the answer opens with a required claim (a finding of warning severity or worse) when there
///   is one, else with what the signer does (the action), and may not end before every required
///   claim is said. The opening is thus fixed, and shows before the model has read its prompt;
///   the model chooses from the second statement on;
/// - "and" joins context to context, "also" opens a detail, context or why sentence, and not
///   two sentences in a row;
/// - at least two and at most `maxItems` statements (more only when more findings are
///   required), and the last free places kept for the required claims still missing.
public struct CompositionGrammar: Sendable {
  /// One step of an answer.
  public enum Piece: Sendable, Hashable {
    /// The claim at this index of `claims` (its letter).
    case claim(Int)
    /// The wording at this index of the chosen claim (its digit, from 1).
    case wording(Int)
    case joint(Composition.Joint)
    case end
  }

  /// The claims offered, in label order (A, B, C …), most important first: see `ranked`.
  public let claims: [Claim]
  public let maxItems: Int
  public let minItems: Int

  public private(set) var items: [Composition.Item] = []
  private var pendingClaim: Int?
  private var pendingJoint: Composition.Joint = .sentence
  private var finished = false

  /// Labels are single letters: claims past the 26th are not offered (the narrator makes far
  /// fewer), nor wordings past the 9th.
  public init(claims: [Claim]) {
    self.claims = Array(Self.ranked(claims).prefix(26)).map { claim in
      var claim = claim
      claim.wordings = Array(claim.wordings.prefix(9))
      return claim
    }
    let required = self.claims.filter(\.isRequired).count
    maxItems = max(4, required)
    minItems = min(2, self.claims.filter { $0.follows == nil }.count)
  }

  /// Required findings by severity, then what the signer does and its consequence, then lesser
  /// findings, what simulation found, and the context; each `why` right after its claim.
  static func ranked(_ claims: [Claim]) -> [Claim] {
    func rank(_ claim: Claim) -> Int {
      switch claim.kind {
      case .finding: return claim.isRequired ? (claim.severity == .critical ? 0 : 1) : 4
      case .action: return 2
      case .detail: return 3
      case .simulation: return 5
      case .context: return 6
      case .why: return 7
      }
    }
    let main = claims.enumerated().filter { $0.element.follows == nil }
      .sorted { (rank($0.element), $0.offset) < (rank($1.element), $1.offset) }.map(\.element)
    return main.flatMap { claim in [claim] + claims.filter { $0.follows == claim.id } }
  }

  public static func label(_ index: Int) -> String {
    String(UnicodeScalar(UInt8(ascii: "A") + UInt8(index)))
  }

  /// The text of `piece` as the model writes it at this point of the answer.
  public func text(of piece: Piece) -> String {
    switch piece {
    case .claim(let index):
      return (items.isEmpty && pendingJoint == .sentence ? "" : " ")
        + Self.label(index)
    case .wording(let index): return String(index + 1)
    case .joint(let joint): return " " + joint.rawValue
    case .end: return ""
    }
  }

  public var composition: Composition { Composition(items) }
  public var isFinished: Bool { finished }

  /// What may come next.
  public func allowed() -> [Piece] {
    if finished { return [] }
    if let pendingClaim {
      return claims[pendingClaim].wordings.indices
        .filter {
          Composition.canJoin(
            claims[pendingClaim], claims[pendingClaim].wordings[$0], with: pendingJoint,
            after: lastClaim, sentenceSaysAlso: sentenceSaysAlso)
        }
        .map(Piece.wording)
    }
    var pieces = eligibleClaims().map(Piece.claim)
    guard pendingJoint == .sentence else { return pieces }
    if !items.isEmpty, items.count < maxItems {
      // "Also," twice in a row reads as a list of afterthoughts.
      let joints: [Composition.Joint] = items.last?.joint == .also ? [.and] : [.and, .also]
      for joint in joints where !eligibleClaims(joint: joint).isEmpty {
        pieces.append(.joint(joint))
      }
    }
    if canEnd { pieces.append(.end) }
    return pieces
  }

  /// Takes a piece `allowed()` offered; a piece it did not offer is ignored.
  public mutating func accept(_ piece: Piece) {
    guard allowed().contains(piece) else { return }
    switch piece {
    case .claim(let index): pendingClaim = index
    case .wording(let index):
      guard let claim = pendingClaim else { return }
      items.append(.init(claim: claims[claim].id, wording: index, joint: pendingJoint))
      pendingClaim = nil
      pendingJoint = .sentence
    case .joint(let joint): pendingJoint = joint
    case .end: finished = true
    }
  }

  /// Whether `claim` may open the answer: a required claim when there is one (a risk first),
  /// else the action when there is one, else any. A required context claim ("It also sends
  /// 5 NEAR.") adds to the action, so it never opens an answer that has one.
  private func opens(_ claim: Claim) -> Bool {
    let hasAction = claims.contains { $0.kind == .action }
    let leads = { (claim: Claim) in claim.isRequired && !(hasAction && claim.kind == .context) }
    if claims.contains(where: leads) { return leads(claim) }
    if hasAction { return claim.kind == .action }
    return true
  }

  /// Whether the sentence a joint would extend says "also" already.
  private var sentenceSaysAlso: Bool { composition.lastSentenceSaysAlso(claims: claims) }

  /// The claim said last, which a joint attaches to.
  private var lastClaim: Claim? {
    items.last.flatMap { item in claims.first { $0.id == item.claim } }
  }

  private var requiredMissing: Int {
    claims.filter { claim in claim.isRequired && !items.contains { $0.claim == claim.id } }.count
  }

  private var canEnd: Bool { items.count >= minItems && requiredMissing == 0 }

  /// Claims that may be said next: unused, a `why` only after its claim, and only required ones
  /// once the places left are needed for them.
  private func eligibleClaims(joint: Composition.Joint? = nil) -> [Int] {
    guard items.count < maxItems else { return [] }
    let joint = joint ?? pendingJoint
    let onlyRequired = maxItems - items.count <= requiredMissing
    return claims.indices.filter { index in
      let claim = claims[index]
      if items.contains(where: { $0.claim == claim.id }) { return false }
      if onlyRequired && !claim.isRequired { return false }
      if items.isEmpty && !opens(claim) { return false }
      if let parent = claim.follows, items.last?.claim != parent { return false }
      if !claim.wordings.contains(where: {
        Composition.canJoin(
          claim, $0, with: joint, after: lastClaim, sentenceSaysAlso: sentenceSaysAlso)
      }) {
        return false
      }
      return true
    }
  }
}
