import TxrayCore

/// The deterministic account of an outcome: a one-line headline and the claims behind it, with
/// the narrator's own composition of them as the text. It is the reference text, always
/// available, and the set of statements a model may compose from.
///
/// The text names every finding of warning severity or worse through its `{riskN}` slot (N counts
/// the findings in the order given, from 1), then the simulation result, then as much context and
/// as many notes as fit in five sentences.
public enum Narrator {
  public static func narrate(
    _ outcome: Outcome, findings: [Finding], addressBook: AddressBook = AddressBook()
  ) -> Narration {
    let facts = RuleFacts(outcome, book: addressBook)
    var slots = SlotSet()
    let story = StoryTeller.story(facts, slots: &slots)

    let headline: String
    if case .reverted? = outcome.simulation?.status {
      headline = "This transaction fails in simulation: you would " + story.phrase
    } else {
      headline = "You " + story.phrase
    }

    var claims = ClaimList()
    claims.add(.action, id: "action", [headline + "."])
    let detail = claims.add(.detail, id: "detail", [capitalised(story.detail)])
    let caveats = story.caveat.map { caveat in
      [Composition.Item(claim: claims.add(.detail, id: "caveat", [caveat], mustBeSaid: true))]
    }
    let simulation = claims.add(.simulation, id: "simulation", simulationWordings(outcome, &slots))

    var severe: [Composition.Item] = []
    var lesser: [Composition.Item] = []
    for (index, finding) in findings.enumerated() {
      let placeholder = slots.add(riskSlotName(index), sentence(finding.message))
      // The simulation claim already says the transaction fails, in the same words.
      if finding.rule.hasSuffix(".simulated-revert") { continue }
      let id = claims.add(
        .finding, id: "finding." + finding.rule,
        [severityWord(finding.severity) + ": " + placeholder], severity: finding.severity)
      if let why = WhyItMatters.sentence(forRule: finding.rule) {
        claims.add(.why, id: "why." + finding.rule, [why], follows: id)
      }
      if finding.severity >= .warning {
        severe.append(.init(claim: id))
      } else {
        lesser.append(.init(claim: id))
      }
    }
    let context = contextClaims(facts, story, &claims, &slots)

    var body =
      [Composition.Item(claim: detail)] + (caveats ?? []) + [.init(claim: simulation)] + severe
    func sentences() -> Int { body.filter { $0.joint != .and }.count }
    if sentences() < maxSentences { body += context }
    for item in lesser where sentences() < maxSentences { body.append(item) }
    return Narration(
      headlineTemplate: headline, claims: claims.claims, bodyComposition: Composition(body),
      slots: slots.slots)
  }

  /// The slot name of the finding at `index` in the list given to `narrate`.
  public static func riskSlotName(_ index: Int) -> String { "risk\(index + 1)" }

  static let maxSentences = 5

  private static func severityWord(_ severity: Severity) -> String {
    switch severity {
    case .critical: return "Critical"
    case .high: return "High risk"
    case .warning: return "Warning"
    case .info: return "Note"
    }
  }

  /// A finding's message ending in a full stop, as a sentence of its own.
  private static func sentence(_ message: String) -> String {
    let trimmed = message.trimmingSpaces
    guard let last = trimmed.last else { return trimmed }
    return ".!?".contains(last) ? trimmed : trimmed + "."
  }

  private static func capitalised(_ text: String) -> String {
    guard let first = text.first, first.isLowercase else { return text }
    return first.uppercased() + text.dropFirst()
  }

  private static func simulationWordings(_ outcome: Outcome, _ slots: inout SlotSet) -> [String] {
    switch outcome.simulation?.status {
    case nil:
      switch outcome.kind {
      case .signatureRequest:
        return [
          "This is a signature, not a transaction: it costs nothing now, and nothing was "
            + "simulated."
        ]
      case .transaction, .delegateAction:
        return [
          "It was not simulated, so this is what it states, not a checked result.",
          "Nothing was simulated: this is what the transaction states, not a checked result.",
        ]
      }
    case .succeeded?:
      let changes = BalanceChanges.ofSigner(outcome)
      guard !changes.isEmpty else {
        return ["Simulated against current state, it succeeds."]
      }
      let (left, back) = BalanceChanges.leftAndBack(outcome)
      if !left.isEmpty, !back.isEmpty {
        // A swap's result: what the account paid (fees in its coin included) and what it got.
        let spent = slots.add("spent", left.joined(separator: " and "))
        let received = slots.add("received", back.joined(separator: " and "))
        return [
          "Simulated against current state, it succeeds: \(spent) leaves your account and "
            + "\(received) comes back.",
          "In a simulation against current state, \(spent) leaves your account and \(received) "
            + "comes back.",
        ]
      }
      let delta = slots.add("balanceChanges", changes.joined(separator: ", "))
      return [
        "Simulated against current state, it succeeds and your balances change by \(delta).",
        "In a simulation against current state your balances change by \(delta).",
      ]
    case .reverted(let reason)?:
      let why = reason.map { " (" + slots.add("revertReason", FactText.untrusted($0)) + ")" } ?? ""
      return [
        "Simulated against current state, it fails\(why): you would pay the fee and nothing "
          + "else happens."
      ]
    case .notSimulated(let reason)?:
      return [
        "It could not be simulated (" + slots.add("notSimulatedReason", reason)
          + "), so this is what it states, not a checked result."
      ]
    }
  }

  /// Who signs, what value rides along, and the most the fees can be: each a claim, composed
  /// into one sentence for the narrator's text.
  private static func contextClaims(
    _ facts: RuleFacts, _ story: Story, _ claims: inout ClaimList, _ slots: inout SlotSet
  ) -> [Composition.Item] {
    let outcome = facts.outcome
    guard outcome.kind != .signatureRequest else {
      guard let signer = outcome.signer else { return [] }
      let who = slots.add("signer", facts.display(signer))
      return [.init(claim: claims.add(.context, id: "signer", ["It is signed by \(who)."]))]
    }
    var items: [Composition.Item] = []
    if let signer = outcome.signer {
      let who = slots.add("signer", facts.display(signer))
      items.append(.init(claim: claims.add(.context, id: "signer", ["You sign as \(who)."])))
    }
    let native = outcome.nativeAsset
    // Coin the story does not tell of still leaves the signer's account: every explanation says
    // so, a model's included (one left "also sends 5 NEAR" out after "You send 1 wNEAR").
    if !outcome.value.isZero, !story.coversValue {
      let value = slots.add("value", FactText.amount(outcome.value, of: native))
      let id = claims.add(.context, id: "value", ["It also sends \(value)."], mustBeSaid: true)
      items.append(.init(claim: id, joint: items.isEmpty ? .sentence : .and))
    }
    if let fee = outcome.feeCeiling, !fee.isZero {
      let most = slots.add("fee", FactText.amount(fee, of: native))
      let id = claims.add(
        .context, id: "fee",
        ["Fees can reach \(most).", "The most you can pay in fees is \(most)."])
      items.append(.init(claim: id, joint: items.isEmpty ? .sentence : .and))
    }
    return items
  }
}

/// The claims of one narration, with ids kept unique (a rule that fires twice gets ".2").
struct ClaimList {
  private(set) var claims: [Claim] = []

  @discardableResult
  mutating func add(
    _ kind: Claim.Kind, id: String, _ wordings: [String], severity: Severity? = nil,
    follows: String? = nil, mustBeSaid: Bool = false
  ) -> String {
    var unique = id
    var copy = 1
    while claims.contains(where: { $0.id == unique }) {
      copy += 1
      unique = id + ".\(copy)"
    }
    claims.append(
      Claim(
        id: unique, kind: kind, severity: severity, wordings: wordings,
        roles: SlotRoles.roles(in: wordings), follows: follows, mustBeSaid: mustBeSaid))
    return unique
  }
}

extension String {
  fileprivate var trimmingSpaces: String {
    String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
  }
}
