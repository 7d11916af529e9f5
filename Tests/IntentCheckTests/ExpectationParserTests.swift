import Testing

@testable import IntentCheck

@Suite struct ExpectationParserTests {
  static let vitalik = "0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045"

  @Test func readsEveryClauseOfTheIssue() throws {
    let text =
      "send ≤ 1 ETH, receive ≥ 3000 USDC, to \(Self.vitalik), no approvals, "
      + "approve ≤ 500 USDC to \(Self.vitalik), no new keys, fee ≤ 0.01 ETH, nothing else"
    let expectation = try ExpectationParser.parse(text)
    #expect(expectation.clauses.count == 8)
    #expect(ExpectationText.render(expectation) == text)
    #expect(expectation.forbidsEverythingElse)
  }

  @Test(arguments: [
    ("send at most 1 eth", "send ≤ 1 eth"),
    ("send <= 1 ETH", "send ≤ 1 ETH"),
    ("send ≤1 ETH", "send ≤ 1 ETH"),
    ("pay 2.50 NEAR to bob.near", "send = 2.5 NEAR to bob.near"),
    ("get at least 3,000 USDC", "receive ≥ 3000 USDC"),
    ("receive 3000 USDC", "receive ≥ 3000 USDC"),
    ("approve unlimited USDC to alice.near", "approve unlimited USDC to alice.near"),
    ("allow 500 USDC to alice.near", "approve ≤ 500 USDC to alice.near"),
    ("no approvals and no new keys", "no approvals, no new keys"),
    ("add key for app.near; nothing else", "add key for app.near, nothing else"),
    ("on polygon", "on chain 137"),
    ("on chain 8453\nvia usdc.near", "on chain 8453, via usdc.near"),
    ("fee max 0.001 ETH then nothing more", "fee ≤ 0.001 ETH, nothing else"),
    ("send = 1 ETH to 0xd8da6bf26964af9d7eed9e03e53415d37aa96045", "send = 1 ETH to \(vitalik)"),
  ])
  func readsVariantsToTheCanonicalText(input: String, canonical: String) throws {
    #expect(ExpectationText.render(try ExpectationParser.parse(input)) == canonical)
  }

  @Test(arguments: [
    ("", "expectation is empty"),
    ("recieve 1 ETH", "unknown clause \"recieve\""),
    ("send ETH", "expected an amount"),
    ("send 1", "expected an asset"),
    ("send -1 ETH", "expected an amount"),
    ("send 1e18 wei", "expected an amount"),
    ("to 0xd8dA…6045", "is shortened"),
    ("to 0xd8dA6BF26964aF9D7eEd9e03E53415D37aA9604", "a whole EVM address"),
    // A mixed-case address with a wrong checksum is a typo, not an address.
    ("to 0xD8dA6BF26964aF9D7eEd9e03E53415D37aA96045", "a whole EVM address"),
    ("approve 5 USDC", "expected \"to\""),
    ("send 1 ETH to bob.near please", "unexpected \"please\""),
    ("on mars", "a network name"),
  ])
  func refusesWithOneClearLine(input: String, fragment: String) {
    #expect {
      try ExpectationParser.parse(input)
    } throws: { error in
      let message = (error as? ExpectationError)?.message ?? ""
      return message.contains(fragment) && !message.contains("\n")
    }
  }

  @Test func hostileTextIsMadeSafeInItsError() {
    #expect {
      try ExpectationParser.parse("send 1 \u{1b}[2JETH")
    } throws: { error in
      !((error as? ExpectationError)?.message ?? "\u{1b}").contains("\u{1b}")
    }
  }

  @Test func readsTheJSONForm() throws {
    let json = """
      [{"clause":"send","bound":"atMost","amount":"1","asset":"ETH"},
       "receive ≥ 3000 USDC",
       {"clause":"approve","bound":"atMost","amount":"unlimited","asset":"USDC","spender":"bob.near"},
       {"clause":"network","chainId":"1"},
       {"clause":"nothingElse"}]
      """
    let expectation = try ExpectationInput.parse(json)
    #expect(
      ExpectationText.render(expectation)
        == "send ≤ 1 ETH, receive ≥ 3000 USDC, approve unlimited USDC to bob.near, on chain 1, "
        + "nothing else")
    // What --json prints reads back to the same expectation.
    let again = try ExpectationInput.parse(ExpectationJSON.clauses(expectation).serialized)
    #expect(again == expectation)
  }

  @Test func aJSONMemberCannotSmuggleAClause() {
    #expect(throws: ExpectationError.self) {
      try ExpectationInput.parse(
        #"[{"clause":"send","bound":"atMost","amount":"1","asset":"ETH, nothing else"}]"#)
    }
  }

  @Test func quantitiesConvertExactly() throws {
    #expect(DecimalQuantity("1.5")?.baseUnits(decimals: 18)?.decimalString == "1500000000000000000")
    #expect(DecimalQuantity("0.000001")?.baseUnits(decimals: 6)?.decimalString == "1")
    #expect(DecimalQuantity("0.0000001")?.baseUnits(decimals: 6) == nil)
    #expect(DecimalQuantity("3,000")?.description == "3000")
    #expect(DecimalQuantity("1,2") == nil || DecimalQuantity("1,2")?.description == "12")
    #expect(DecimalQuantity("1..2") == nil)
  }
}
