import Testing

@testable import IntentCheck

@Suite struct NumberWordsTests {
  @Test(arguments: [
    ("swap one eth for usdc, at least three thousand", "swap 1 eth for usdc, at least 3000"),
    ("twenty-five eth", "25 eth"),
    ("a hundred near", "100 near"),
    ("one point five eth", "1.5 eth"),
    ("half an eth", "0.5 an eth"),
    ("3k usdc", "3000 usdc"),
    ("1.5k dai", "1500 dai"),
    ("two million usdt", "2000000 usdt"),
    ("no one else", "no one else"),
  ])
  func spelledNumbersBecomeDigits(words: String, normalized: String) {
    #expect(NumberWords.normalize(words) == normalized)
  }
}
