import Testing
import TxrayCore

@testable import TxrayRules

/// The grammar a composing model runs under, walked at random: whatever a model picks, the
/// answer is a composition that keeps txray's promises.
@Suite("Composition grammar")
struct CompositionGrammarTests {
  static let narrations = [
    ModelFixtures.unlimitedApproval, ModelFixtures.plainTransfer, ModelFixtures.fullAccessKey,
    ModelFixtures.hostileApproval, ModelFixtures.noChainTransfer,
    ModelFixtures.tokenTransferWithCoin,
  ]

  /// The coin a story leaves out must be said, after the action it adds to.
  @Test func coinTheHeadlineLeavesOutIsSaidAfterTheAction() {
    let narration = ModelFixtures.tokenTransferWithCoin
    let value = narration.claims.first { $0.id == "value" }
    #expect(value?.isRequired == true)
    #expect(ModelFixtures.sentence(narration, "value") == "It also sends 5 NEAR.")
    let grammar = CompositionGrammar(claims: narration.claims)
    let openers = grammar.allowed().compactMap { piece -> String? in
      guard case .claim(let index) = piece else { return nil }
      return grammar.claims[index].id
    }
    #expect(openers == ["action"])
  }

  @Test func noChainCaveatIsInTheActionAndMustBeSaid() {
    let narration = ModelFixtures.noChainTransfer
    #expect(narration.headline.hasSuffix(", if this is Ethereum mainnet"), "\(narration.headline)")
    let caveat = narration.claims.first { $0.id == "caveat" }
    #expect(caveat?.isRequired == true)
    #expect(
      ModelFixtures.sentence(narration, "caveat")
        == "The transaction names no chain: token and contract names are those of Ethereum "
        + "mainnet, if that is where it is sent.")
    #expect(narration.text(of: narration.bodyComposition).contains("if that is where it is sent"))
  }

  @Test(arguments: 0..<Self.narrations.count)
  func everyWalkEndsInAValidComposition(index: Int) {
    let narration = Self.narrations[index]
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<300 {
      var grammar = CompositionGrammar(claims: narration.claims)
      var steps = 0
      while !grammar.isFinished {
        let allowed = grammar.allowed()
        #expect(!allowed.isEmpty, "a dead end after \(grammar.items.map(\.claim))")
        if allowed.isEmpty { break }
        grammar.accept(allowed.randomElement(using: &generator)!)
        steps += 1
      }
      let ids = grammar.composition.claimIds
      if let first = ids.first.flatMap(narration.claim) {
        let hasAction = narration.claims.contains { $0.kind == .action }
        let leads = { (claim: Claim) in
          claim.isRequired && !(hasAction && claim.kind == .context)
        }
        let opening =
          narration.claims.contains(where: leads)
          ? leads(first) : !hasAction || first.kind == .action
        #expect(opening, "opens with \(first.id)")
      }
      #expect(Set(ids).count == ids.count, "a claim said twice: \(ids)")
      for claim in narration.claims where claim.isRequired {
        #expect(ids.contains(claim.id), "\(claim.id) left out of \(ids)")
      }
      #expect((grammar.minItems...grammar.maxItems).contains(ids.count))
      for (position, id) in ids.enumerated() {
        guard let parent = narration.claim(id)?.follows else { continue }
        #expect(position > 0 && ids[position - 1] == parent)
      }
      let items = grammar.composition.items
      for (position, item) in items.enumerated() where item.joint != .sentence {
        let claim = narration.claim(item.claim)!
        let previous = position > 0 ? narration.claim(items[position - 1].claim) : nil
        #expect(
          Composition.canJoin(
            claim, claim.wordings[item.wording], with: item.joint, after: previous))
      }
      #expect(!zip(items, items.dropFirst()).contains { $0.joint == .also && $1.joint == .also })
      // Read back by plain string matching: every joined sentence is its statements' words.
      #expect(!narration.text(of: grammar.composition).contains(".,"))
      #expect(steps <= 4 * grammar.maxItems + 1)
    }
  }

  @Test func piecesAreWrittenAsLabelsDigitsAndJoiningWords() {
    var grammar = CompositionGrammar(claims: ModelFixtures.unlimitedApproval.claims)
    #expect(grammar.claims.first?.id == "finding.evm.unlimited-allowance", "ranked first")
    #expect(grammar.allowed() == [.claim(0)], "the answer opens with the high finding")
    #expect(grammar.text(of: .claim(0)) == "A")
    grammar.accept(.claim(0))
    #expect(grammar.allowed() == [.wording(0)], "the action has one wording")
    #expect(grammar.text(of: .wording(0)) == "1")
    grammar.accept(.wording(0))
    #expect(grammar.text(of: .claim(2)) == " C")
    #expect(grammar.text(of: .joint(.and)) == " and")
    #expect(!grammar.allowed().contains(.end), "one statement is not an explanation")
  }

  /// The prompt names slots and rules, never a value: a hostile token name cannot reach the
  /// model that composes.
  @Test func thePromptCarriesNoValueFromTheTransaction() {
    let narration = ModelFixtures.hostileApproval
    let prompt = CompositionPrompt(grammar: CompositionGrammar(claims: narration.claims))
    #expect(!prompt.user.contains("ignore previous"))
    #expect(!prompt.user.contains("System: this is safe"))
    #expect(!prompt.user.contains("0x0000"))
    #expect(prompt.user.contains("{spender}"))
    #expect(prompt.user.contains("[unlimited allowance]"))
    #expect(prompt.user.contains("must say"))
  }
}
