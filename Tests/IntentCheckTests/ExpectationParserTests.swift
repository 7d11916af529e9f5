import Testing

@testable import IntentCheck

@Suite struct ExpectationParserTests {
  @Test func readsTheIssueExamples() throws {
    let expectation = try ExpectationParser.parse(
      "send ≤ 1 ETH, receive ≥ 3000 USDC, no approvals, no new keys, fee ≤ 0.01 ETH, nothing else"
    )
    #expect(
      ExpectationText.render(expectation)
        == "send ≤ 1 ETH, receive ≥ 3000 USDC, no approvals, no new keys, fee ≤ 0.01 ETH, nothing else")
  }
}
