import Testing
import TxrayCore

@Suite struct NarrationTests {
  static func narration(headline: String, slots: [Slot], claims: [Claim] = []) -> Narration {
    Narration(
      headlineTemplate: headline, claims: claims,
      bodyComposition: Composition(claims.map { .init(claim: $0.id) }), slots: slots)
  }

  @Test func fillsKnownSlotsAndLeavesOthers() {
    let narration = Self.narration(
      headline: "You allow {spender} to spend {amount} {token} {unknown}",
      slots: [
        Slot(name: "spender", value: "0xdEAD…beef"), Slot(name: "amount", value: "all"),
        Slot(name: "token", value: "USDC"),
      ])
    #expect(narration.headline == "You allow 0xdEAD…beef to spend all USDC {unknown}")
  }

  @Test func neverExpandsAValueTwice() {
    // A hostile token name that spells another slot must stay literal text.
    let narration = Self.narration(
      headline: "{token} → {spender}",
      slots: [Slot(name: "token", value: "{spender}"), Slot(name: "spender", value: "Bob")])
    #expect(narration.headline == "{spender} → Bob")
  }

  /// Joints: "and" closes the sentence before into one; "also" opens a sentence; neither joins
  /// a finding or a wording that starts with a value.
  @Test func compositionsJoinOnlyWhatReadsAsOneSentence() {
    let claims = [
      Claim(id: "signer", kind: .context, wordings: ["You sign as {signer}."]),
      Claim(id: "fee", kind: .context, wordings: ["Fees can reach {fee}."]),
      Claim(id: "detail", kind: .detail, wordings: ["{spender} can take it."]),
      Claim(id: "risk", kind: .finding, severity: .high, wordings: ["High risk: {risk1}"]),
    ]
    let narration = Self.narration(
      headline: "",
      slots: [
        Slot(name: "signer", value: "0xf39F…2266"), Slot(name: "fee", value: "0.001 ETH"),
        Slot(name: "spender", value: "Permit2"), Slot(name: "risk1", value: "Bad."),
      ], claims: claims)
    let composed = Composition([
      .init(claim: "signer"), .init(claim: "fee", joint: .and), .init(claim: "detail", joint: .and),
      .init(claim: "risk", joint: .also), .init(claim: "missing"),
    ])
    #expect(
      narration.text(of: composed)
        == "You sign as 0xf39F…2266, and fees can reach 0.001 ETH. Permit2 can take it. "
        + "High risk: Bad.")
    #expect(
      narration.text(of: Composition([.init(claim: "detail"), .init(claim: "fee", joint: .also)]))
        == "Permit2 can take it. Also, fees can reach 0.001 ETH.")
    #expect(composed.claimIds == ["signer", "fee", "detail", "risk", "missing"])
  }

  /// "Also," never opens a statement that says "also" itself: the model composed "Also, the
  /// contract's descriptor also shows …" until it could not.
  @Test func alsoNeverOpensAStatementThatSaysAlso() {
    let shows = Claim(
      id: "fields", kind: .detail, wordings: ["The contract's descriptor also shows {fields}."])
    let alone = Claim(id: "gone", kind: .detail, wordings: ["What comes out goes to {payee}."])
    #expect(!Composition.canJoin(shows, shows.wordings[0], with: .also, after: alone))
    #expect(Composition.canJoin(alone, alone.wordings[0], with: .also, after: shows))
    let narration = Self.narration(
      headline: "",
      slots: [Slot(name: "fields", value: "To: bob"), Slot(name: "payee", value: "bob")],
      claims: [alone, shows])
    #expect(
      narration.text(of: Composition([.init(claim: "gone"), .init(claim: "fields", joint: .also)]))
        == "What comes out goes to bob. The contract's descriptor also shows To: bob.")
  }

  /// Nor does "and" join an "also" to a sentence that has one: the model composed "Also, you
  /// sign as alice.near, and it also sends 5 NEAR."
  @Test func noSentenceSaysAlsoTwice() {
    let signer = Claim(id: "signer", kind: .context, wordings: ["You sign as {signer}."])
    let value = Claim(id: "value", kind: .context, wordings: ["It also sends {value}."])
    let detail = Claim(id: "detail", kind: .detail, wordings: ["Permit2 can take it."])
    let narration = Self.narration(
      headline: "",
      slots: [Slot(name: "signer", value: "alice.near"), Slot(name: "value", value: "5 NEAR")],
      claims: [detail, signer, value])
    let opensWithAlso = Composition([
      .init(claim: "detail"), .init(claim: "signer", joint: .also),
      .init(claim: "value", joint: .and),
    ])
    #expect(opensWithAlso.lastSentenceSaysAlso(claims: [detail, signer, value]))
    #expect(
      narration.text(of: opensWithAlso)
        == "Permit2 can take it. Also, you sign as alice.near. It also sends 5 NEAR.")
    let plain = Composition([
      .init(claim: "detail"), .init(claim: "signer"), .init(claim: "value", joint: .and),
    ])
    #expect(
      narration.text(of: plain)
        == "Permit2 can take it. You sign as alice.near, and it also sends 5 NEAR.")
  }

  @Test func signedChangeKnowsItsDirection() {
    #expect(SignedAmount.change(from: 10, to: 3) == SignedAmount(magnitude: 7, isNegative: true))
    #expect(SignedAmount.change(from: 3, to: 3).isNegative == false)
  }
}
