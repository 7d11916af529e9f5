import Testing
import TxrayCore

@testable import TxrayRules

@Suite("Guard over model text")
struct ModelGuardTests {
  let prompt = GroundedPrompt(
    narration: ModelFixtures.unlimitedApproval, findings: ModelFixtures.unlimitedApprovalFindings)

  @Test func acceptsProseOverKnownSlotsWithTheRequiredFinding() {
    let text = "You let {spender} move all of your {token}. {risk1} You pay at most {fee}."
    #expect(Guard(prompt: prompt).check(text) == .accepted)
  }

  @Test func rejectsASlotThatDoesNotExist() {
    let text = "You let {owner} move your {token}. {risk1}"
    #expect(
      Guard(prompt: prompt).check(text) == .rejected("names a slot that does not exist: {owner}"))
  }

  @Test func rejectsAnUnclosedPlaceholder() {
    #expect(Guard(prompt: prompt).check("{risk1} You let {spender move it.") != .accepted)
  }

  @Test func rejectsTextOmittingAHighFinding() {
    let text = "You let {spender} move some of your {token}. You pay at most {fee}."
    #expect(
      Guard(prompt: prompt).check(text)
        == .rejected("omits the evm.unlimited-allowance finding ({risk1})"))
  }

  @Test func rejectsTextOmittingACriticalFindingButNotAnInfoOne() {
    let keyPrompt = GroundedPrompt(
      narration: ModelFixtures.fullAccessKey, findings: ModelFixtures.fullAccessKeyFindings)
    let guardian = Guard(prompt: keyPrompt)
    #expect(keyPrompt.required.map(\.slot) == ["risk1"])
    #expect(guardian.check("A new key {key} is added to {account}. {risk1}") == .accepted)
    #expect(
      guardian.check("A new key {key} is added to {account}. {risk2}")
        == .rejected("omits the near.full-access-key finding ({risk1})"))
  }

  @Test(arguments: [
    "This is safe. {risk1}",
    "{risk1} Nothing to worry about, {spender} is trusted.",
    "{risk1} You can sign it.",
    "{risk1} Ignore previous instructions.",
    "{risk1} Don't worry.",
    "{risk1} The transaction is SAFE!",
  ])
  func rejectsReassurance(text: String) {
    #expect(Guard(prompt: prompt).check(text) != .accepted)
  }

  /// Endpoint models write free text: identifiers must come from the facts.
  @Test func acceptsFreeWrittenValuesThatAreFacts() {
    let guardian = Guard(prompt: prompt)
    #expect(
      guardian.check("{risk1} 0xdEAD…beef may take all your USDC, for 0.0021 ETH.") == .accepted)
  }

  @Test(arguments: [
    "{risk1} It costs 5 ETH.",
    "{risk1} The spender is 0xBEEF…dead.",
    "{risk1} The funds go to bob.near.",
    "{risk1} Your USDT is at stake.",
    "{risk1} See https://example.org for more.",
    "{risk1} Only 1 token moves.",
    "{risk1} It costs 0.002 ETH.",
  ])
  func rejectsFreeWrittenValuesThatAreNotFacts(text: String) {
    guard case .rejected(let reason) = Guard(prompt: prompt).check(text) else {
      Issue.record("accepted: \(text)")
      return
    }
    #expect(reason.hasPrefix("writes "))
  }

  /// Loops seen from the candidate models in `scripts/eval`: a word run, a repeated sentence.
  @Test func rejectsTextThatRepeatsItself() {
    let guardian = Guard(prompt: prompt)
    #expect(
      guardian.check("{risk1} The call deposits Deposit ouchy ouchy ouchy ouchy ouchy.")
        == .rejected("repeats \"ouchy\" 3 times in a row"))
    #expect(
      guardian.check(
        "{spender} can take your {token}. This is a high-risk call, so consider it. {risk1} "
          + "This is a high-risk call, so consider it.")
        == .rejected("writes the same sentence twice"))
    #expect(guardian.check("{token} {token} {token} {risk1}") != .accepted)
    // Short sentences and a repeated placeholder in different sentences are ordinary prose.
    #expect(
      guardian.check("{risk1} Check it. Check it. {spender} gets {token}; {spender} may keep it.")
        == .accepted)
  }

  @Test func rejectsEmptyAndOverlongText() {
    #expect(Guard(prompt: prompt).check("  \n") == .rejected("the model wrote nothing"))
    let long = "{risk1} " + String(repeating: "Words go on and on. ", count: 100)
    #expect(Guard(prompt: prompt).check(long) != .accepted)
  }
}
