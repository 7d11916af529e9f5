import NEAR
import Testing

/// nearcore's account id rules, with examples from its own validation tests.
@Suite struct AccountIdTests {
  @Test(arguments: [
    "aa", "a-a", "a-aa", "100", "0o", "com", "near", "bowen", "b-o_w_e-n", "b.owen", "bro.wen",
    "a.ha", "a.b-a.ra", "system", "over.9000", "google.com", "illia.cheapaccounts.near",
    "0o0ooo00oo00o", "alex-skidanov", "10-4.8-2", "b-o_w_e-n", "no_lols",
    "0123456789012345678901234567890123456789012345678901234567890123",
    "near.a", "0x" + String(repeating: "ab", count: 20), "0s" + String(repeating: "12", count: 20),
  ])
  func valid(_ id: String) {
    #expect(AccountId(id) != nil, "\(id)")
  }

  @Test(arguments: [
    "a", "A", "Abc", "-near", "near-", "-near-", "near.", ".near", "near@", "@near", "неар",
    "@@@@@", "0__0", "0_-_0", "0_-_0", "..", "a..near", "nEar", "_bowen", "hello world",
    "abcdefghijklmnopqrstuvwxyz.abcdefghijklmnopqrstuvwxyz.abcdefghijklmnopqrstuvwxyz",
    "01234567890123456789012345678901234567890123456789012345678901234", "", "a\u{0}b",
  ])
  func invalid(_ id: String) {
    #expect(AccountId(id) == nil, "\(id)")
    #expect(AccountId.problem(id) != nil)
  }

  @Test func kinds() {
    #expect(AccountId("alice.near")?.kind == .named)
    #expect(AccountId(String(repeating: "a1", count: 32))?.kind == .nearImplicit)
    #expect(AccountId("0x" + String(repeating: "ab", count: 20))?.kind == .ethImplicit)
    #expect(AccountId("0s" + String(repeating: "ab", count: 20))?.kind == .deterministic)
  }
}
