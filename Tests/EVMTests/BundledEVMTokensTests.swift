import EVM
import Testing
import TxrayCore

/// The generated token table (`scripts/gen-token-lists.py`): the broad list read last names the
/// vault shares the curated lists lack, and never lends a curated ticker, or the chain's coin, to
/// another contract.
@Suite struct BundledEVMTokensTests {
  static let list = BundledEVMTokens.list

  /// Whether an entry came from SmolDapp's lists, the broad source.
  static func isBroad(_ entry: TokenList.Entry) -> Bool {
    entry.source.contains("SmolDapp/tokenLists@")
  }

  @Test func onlyCirclesContractIsNamedUSDCOnEthereum() {
    let contracts = Self.list.tokens(symbol: "USDC", on: TokenList.evm(1)).map(\.contract)
    #expect(contracts == ["a0b86991c6218b36c1d19d4a2e9eb0ce3606eb48"])
  }

  @Test func noBroadEntrySharesItsSymbolWithACuratedContract() {
    for chain in EVMChain.known {
      let contracts = Self.list.contracts(on: TokenList.evm(chain.id))
      let curated = Set(
        contracts.values.filter { !Self.isBroad($0) }.map { $0.symbol.lowercased() })
      let lookalikes = contracts.filter { _, entry in
        Self.isBroad(entry) && curated.contains(entry.symbol.lowercased())
      }
      #expect(lookalikes.isEmpty, "\(chain.name): \(lookalikes.keys.sorted())")
    }
  }

  @Test func noBroadEntryIsNamedLikeTheChainsCoin() {
    for chain in EVMChain.known {
      let named = Self.list.tokens(symbol: chain.nativeSymbol, on: TokenList.evm(chain.id))
        .filter { Self.isBroad($0.entry) }.map(\.contract)
      #expect(named.isEmpty, "\(chain.name): \(named)")
    }
  }

  /// Morpho vault shares that the registry's test transactions redeem, as the vaults'
  /// `symbol()` and `decimals()` give them (CoinGecko's contracts, read on chain by SmolDapp).
  @Test(arguments: [
    ("0xdd0f28e19C1780eb6396170735D45153D261490d", "gtUSDC"),
    ("0x7204B7Dbf9412567835633B6F00C3Edc3a8D6330", "csUSDC"),
    ("0x4F460bb11cf958606C69A963B4A17f9DaEEea8b6", "fxUSDC"),
    ("0x2f1aBb81ed86Be95bcf8178bA62C8e72D6834775", "pWBTC"),
  ])
  func vaultSharesAreNamedFromTheBroadList(contract: String, symbol: String) throws {
    let entry = try #require(Self.list.lookup(TokenList.evm(1), contract))
    #expect(entry.symbol == symbol)
    #expect(entry.decimals == 18)
    #expect(Self.isBroad(entry))
  }
}
