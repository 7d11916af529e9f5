import TxrayCore

/// The deterministic account of an outcome: a one-line headline and two to five sentences, as
/// templates over slots. It is the reference text, always available, and what a model's
/// rephrasing is checked against.
///
/// The body names every `high` and `critical` finding through its `{riskN}` slot (N counts the
/// findings in the order given, from 1, as `GroundedPrompt` numbers them), then the simulation
/// result, then as much context and as many lesser findings as fit in five sentences.
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

    var risks: [(severity: Severity, sentence: String)] = []
    for (index, finding) in findings.enumerated() {
      let placeholder = slots.add(riskSlotName(index), sentence(finding.message))
      // The simulation sentence already says the transaction fails.
      if finding.rule.hasSuffix(".simulated-revert") { continue }
      risks.append((finding.severity, severityWord(finding.severity) + ": " + placeholder))
    }

    var sentences = [capitalised(story.detail)]
    sentences.append(simulationSentence(outcome, &slots))
    sentences += risks.filter { $0.severity >= .high }.map(\.sentence)
    if sentences.count < maxSentences, let context = contextSentence(facts, story, &slots) {
      sentences.append(context)
    }
    for risk in risks where risk.severity < .high && sentences.count < maxSentences {
      sentences.append(risk.sentence)
    }
    return Narration(
      headlineTemplate: headline, bodyTemplate: sentences.joined(separator: " "),
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

  private static func simulationSentence(_ outcome: Outcome, _ slots: inout SlotSet) -> String {
    switch outcome.simulation?.status {
    case nil:
      switch outcome.kind {
      case .signatureRequest:
        return "This is a signature, not a transaction: it costs nothing now, and nothing was "
          + "simulated."
      case .transaction, .delegateAction:
        return "It was not simulated, so this is what it states, not a checked result."
      }
    case .succeeded?:
      let changes = BalanceChanges.ofSigner(outcome)
      guard !changes.isEmpty else {
        return "Simulated against current state, it succeeds."
      }
      return "Simulated against current state, it succeeds and your balances change by "
        + slots.add("balanceChanges", changes.joined(separator: ", ")) + "."
    case .reverted(let reason)?:
      let why = reason.map { " (" + slots.add("revertReason", FactText.untrusted($0)) + ")" } ?? ""
      return "Simulated against current state, it fails\(why): you would pay the fee and "
        + "nothing else happens."
    case .notSimulated(let reason)?:
      return "It could not be simulated (" + slots.add("notSimulatedReason", reason)
        + "), so this is what it states, not a checked result."
    }
  }

  /// Who signs, what value rides along, and the most the fees can be.
  private static func contextSentence(_ facts: RuleFacts, _ story: Story, _ slots: inout SlotSet)
    -> String?
  {
    let outcome = facts.outcome
    guard outcome.kind != .signatureRequest else {
      return outcome.signer.map {
        "It is signed by " + slots.add("signer", facts.display($0)) + "."
      }
    }
    var parts: [String] = []
    if let signer = outcome.signer {
      parts.append("you sign as " + slots.add("signer", facts.display(signer)))
    }
    let native = NativeAsset.of(outcome)
    if !outcome.value.isZero, !story.coversValue {
      parts.append(
        "it also sends " + slots.add("value", FactText.amount(outcome.value, of: native)))
    }
    if let fee = outcome.feeCeiling, !fee.isZero {
      parts.append("fees can reach " + slots.add("fee", FactText.amount(fee, of: native)))
    }
    guard !parts.isEmpty else { return nil }
    return capitalised(parts.joined(separator: "; ")) + "."
  }
}

extension String {
  fileprivate var trimmingSpaces: String {
    String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
  }
}
