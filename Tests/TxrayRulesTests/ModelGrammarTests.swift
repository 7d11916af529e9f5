import Testing
import TxrayCore

@testable import TxrayLlama
@testable import TxrayRules

/// The grammar run by llama.cpp over SmolLM2's real vocabulary, the way generation applies it.
@Suite(
  "Slot grammar",
  .enabled(
    if: ModelFixtures.smallModelPath != nil,
    "SmolLM2 is not installed in txray's cache: run scripts/setup-llama"))
struct ModelGrammarTests {
  let grammar = GroundedPrompt(
    narration: ModelFixtures.unlimitedApproval, findings: ModelFixtures.unlimitedApprovalFindings
  ).grammar

  func accepts(_ text: String) throws -> Bool {
    let model = try #require(ModelFixtures.smallModel)
    return try model.grammarAccepts(grammar, text: text)
  }

  @Test(arguments: [
    "You let {spender} move all of your {token}. {risk1} You pay at most {fee} in fees.",
    "Careful: {spender} can take your {token}, forever! {risk1}",
    "This approval doesn't expire. {risk1}",
  ])
  func acceptsProseOverSlots(text: String) throws {
    #expect(try accepts(text))
  }

  @Test(arguments: [
    "You pay 5 dollars. {risk1}",
    "You let 0xdead move it. {risk1}",
    "You send it to alice.near today. {risk1}",
    "You let {spender} move your USDC. {risk1}",
    "It calls transferFrom on your tokens. {risk1}",
    "{owner} loses it all. {risk1}",
    "You let {spender} move all your {token}.",
    "Beware of {risk1} now.",
    "It is \"fine\". {risk1}",
    "You let {spender} move it. {risk1} is why.",
  ])
  func rejectsFreeFactsUnknownSlotsAndAMissingFinding(text: String) throws {
    #expect(try !accepts(text))
  }

  @Test func slotNamesThatCannotBeGrammarLiteralsAreLeftOut() {
    let narration = Narration(
      headlineTemplate: "", bodyTemplate: "",
      slots: [Slot(name: "ok_1", value: "a"), Slot(name: "not ok\"", value: "b")])
    let prompt = GroundedPrompt(narration: narration, findings: [])
    #expect(prompt.slots.map(\.name) == ["ok_1"])
    #expect(prompt.grammar.contains("\"{ok_1}\""))
    #expect(!prompt.grammar.contains("not ok"))
  }
}
