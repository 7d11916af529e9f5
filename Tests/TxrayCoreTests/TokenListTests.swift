import Testing
import TxrayCore

/// The bundled-table reader (`TokenList(table:sources:)`): what a generated table line becomes,
/// and which lines are left out.
@Suite struct TokenListTests {
  static let sources = ["list A", "list B"]

  @Test func readsEVMAndNEARLines() throws {
    let table = """
      1\ta0b86991c6218b36c1d19d4a2e9eb0ce3606eb48\t6\tUSDC\t0
      137\t0x3C499C542CEF5E3811E1192CE70D8CC03D5C3359\t6\tUSDC\t1
      near\twrap.near\t24\twNEAR\t1
      """
    let list = TokenList(table: table, sources: Self.sources)
    #expect(list.count == 3)
    let usdc = try #require(
      list.lookup(TokenList.evm(1), "0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48"))
    #expect(usdc == TokenList.Entry(symbol: "USDC", decimals: 6, source: "token list: list A"))
    // A contract written with 0x and in upper case is keyed like any other.
    let polygon = try #require(
      list.lookup(TokenList.evm(137), "3c499c542cef5e3811e1192ce70d8cc03d5c3359"))
    #expect(polygon.source == "token list: list B")
    #expect(list.lookup(TokenList.near, "wrap.near")?.decimals == 24)
    #expect(list.lookup(TokenList.evm(1), "wrap.near") == nil)
  }

  @Test func leavesOutLinesThatDoNotParse() {
    let table = [
      "1\taa\t18\tFOUR",  // four columns
      "1\tbb\t18\tSIX\t0\textra",  // six columns
      "1\tcc\teighteen\tWORD\t0",  // decimals not a number
      "1\tdd\t18\tSRC\t2",  // no source 2
      "1\tee\t-1\tNEG\t0",  // a sign is not a digit
      "mars\tff\t18\tNET\t0",  // no such network
      "",
      "1\t11\t18\tGOOD\t0",
    ].joined(separator: "\n")
    let list = TokenList(table: table, sources: Self.sources)
    #expect(list.count == 1)
    #expect(list.lookup(TokenList.evm(1), "11")?.symbol == "GOOD")
  }

  @Test func keepsSymbolsByteForByte() {
    // Symbols are outside text: read exactly, multi-byte characters included (shown later only
    // through the terminal-safe sanitising).
    let table = "1\t22\t18\tÉURO·₮\t0\n1\t33\t0\t\t1"
    let list = TokenList(table: table, sources: Self.sources)
    #expect(list.lookup(TokenList.evm(1), "22")?.symbol == "ÉURO·₮")
    #expect(list.lookup(TokenList.evm(1), "33")?.symbol == "")
  }
}
