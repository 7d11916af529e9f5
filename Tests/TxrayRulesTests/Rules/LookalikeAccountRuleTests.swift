import Testing

@testable import TxrayRules

/// The two measures `near.lookalike-account` uses, on the cases a scammer would try and on
/// accounts that are merely different.
struct LookalikeAccountRuleTests {
  @Test(arguments: [
    ("usdt.tether-token.near", "usdt.tether-tokem.near", true),  // substitution
    ("usdt.tether-token.near", "usdt.tether-tken.near", true),  // deletion
    ("usdt.tether-token.near", "usdt.tether-tokken.near", true),  // insertion
    ("usdt.tether-token.near", "usdt.tehter-token.near", true),  // neighbours swapped
    ("usdt.tether-token.near", "usdt.tether-token.near", false),  // the same account
    ("usdt.tether-token.near", "usdc.tether-tokem.near", false),  // two edits
    ("usdt.tether-token.near", "usdt.tether-token.nearly", false),  // two insertions
    ("wrap.near", "warp.near", true),
  ])
  func oneEditApart(known: String, candidate: String, expected: Bool) {
    #expect(
      LookalikeAccountRule.isOneEditApart(Array(candidate.utf8), Array(known.utf8)) == expected)
  }

  @Test(arguments: [
    ("wrap.near", "vvrap.near"),
    ("meta-pool.near", "meta_pool.near"),
    ("token.v2.ref-finance.near", "token.v2.ref-flnance.near"),
    ("token.burrow.near", "token.burrovv.near"),
    ("aurora", "aur0ra"),
    ("modern.near", "rnodern.near"),
  ])
  func confusablesFoldTogether(known: String, candidate: String) {
    #expect(LookalikeAccountRule.skeleton(candidate) == LookalikeAccountRule.skeleton(known))
  }

  @Test func differentNamesKeepDifferentSkeletons() {
    #expect(LookalikeAccountRule.skeleton("bob.near") != LookalikeAccountRule.skeleton("rob.near"))
    #expect(LookalikeAccountRule.skeleton("wrap.near") != LookalikeAccountRule.skeleton("wrap.nea"))
  }
}
