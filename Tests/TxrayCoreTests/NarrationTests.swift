import Testing
import TxrayCore

@Suite struct NarrationTests {
  @Test func fillsKnownSlotsAndLeavesOthers() {
    let narration = Narration(
      headlineTemplate: "You allow {spender} to spend {amount} {token} {unknown}",
      bodyTemplate: "{token}",
      slots: [
        Slot(name: "spender", value: "0xdEAD…beef"), Slot(name: "amount", value: "all"),
        Slot(name: "token", value: "USDC"),
      ])
    #expect(narration.headline == "You allow 0xdEAD…beef to spend all USDC {unknown}")
  }

  @Test func neverExpandsAValueTwice() {
    // A hostile token name that spells another slot must stay literal text.
    let narration = Narration(
      headlineTemplate: "{token} → {spender}", bodyTemplate: "",
      slots: [Slot(name: "token", value: "{spender}"), Slot(name: "spender", value: "Bob")])
    #expect(narration.headline == "{spender} → Bob")
  }

  @Test func signedChangeKnowsItsDirection() {
    #expect(SignedAmount.change(from: 10, to: 3) == SignedAmount(magnitude: 7, isNegative: true))
    #expect(SignedAmount.change(from: 3, to: 3).isNegative == false)
  }
}
