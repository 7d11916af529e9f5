import EVM
import Foundation
import Testing
import TxrayCore

/// The curated contract names beyond mainnet, checked against the published deployment lists
/// they were copied from: the ERC-7730 registry's descriptors (shared test data) for 1inch,
/// ParaSwap and Aave, and Uniswap's own lists for the Universal Router and its older routers.
@Suite struct KnownContractsTests {
  /// Each descriptor's deployments on the chains txray names must carry its name there, and no
  /// other name: a router copied to the wrong chain, or left out, fails here.
  @Test(arguments: [
    ("1inch/calldata-AggregationRouterV6.json", "1inch Router v6"),
    ("1inch/calldata-AggregationRouterV5.json", "1inch Router v5"),
    ("1inch/calldata-AggregationRouterV4.json", "1inch Router v4"),
    ("1inch/calldata-AggregationRouterV3.json", "1inch Router v3"),
    ("paraswap/calldata-AugustusSwapper-v6.2.json", "ParaSwap Augustus v6.2"),
    ("paraswap/calldata-AugustusSwapper-v5.json", "ParaSwap Augustus v5"),
    ("aave/calldata-lpv3.json", "Aave V3 pool"),
  ])
  func registryDeploymentsAreNamedOnTheirChains(file: String, name: String) throws {
    let data = try Data(contentsOf: SharedTestData.url("erc7730/registry/\(file)"))
    let descriptor = try #require(JSONSerialization.jsonObject(with: data) as? [String: Any])
    let contract = (descriptor["context"] as? [String: Any])?["contract"] as? [String: Any]
    let deployments = try #require(contract?["deployments"] as? [[String: Any]])
    var checked = 0
    for deployment in deployments {
      let chainId = try #require(deployment["chainId"] as? Int)
      guard EVMChain.named(UInt256(UInt64(chainId))) != nil else { continue }
      let hex = try #require(deployment["address"] as? String)
      let address = try #require(Address(hex: hex))
      #expect(
        KnownContracts.name(chainId: UInt256(UInt64(chainId)), address: address) == name,
        "\(name) on chain \(chainId)")
      checked += 1
    }
    #expect(checked > 0)
  }

  @Test func universalRouterIsNamedOnEachChainItIsDeployedOn() throws {
    let deployed: [(UInt64, String)] = [
      (8453, "0x6fF5693b99212Da76ad316178A184AB56D299b43"),
      (42161, "0xA51afAFe0263b40EdaEf0Df8781eA9aa03E381a3"),
      (10, "0x851116D9223fabED8E56C0E6b8Ad0c31d98B3507"),
      (137, "0x1095692A6237d83C6a72F3F5eFEdb9A670C49223"),
      (56, "0x1906c1d672b88cD1B9aC7593301cA990F94Eae07"),
      (43114, "0x4Dae2f939ACf50408e13d58534Ff8c2776d45265"),
    ]
    for (chainId, hex) in deployed {
      let address = try #require(Address(hex: hex))
      #expect(
        KnownContracts.name(chainId: UInt256(chainId), address: address)
          == "Uniswap Universal Router", "chain \(chainId)")
    }
    // One address, two contracts: mainnet's first Universal Router is Uniswap's
    // UnsupportedProtocol placeholder on Arbitrum and Polygon (deploy-addresses/*.json).
    let first = try #require(Address(hex: "0xEf1c6E67703c7BD7107eed8303Fbe6EC2554BF6B"))
    #expect(KnownContracts.name(chainId: UInt256(1), address: first) == "Uniswap Universal Router")
    #expect(KnownContracts.name(chainId: UInt256(42161), address: first) == nil)
    #expect(KnownContracts.name(chainId: UInt256(137), address: first) == nil)
  }

  /// Uniswap's V2 router and SwapRouter02 as Uniswap/sdks's sdk-core addresses.ts (0058bfb6)
  /// lists them: V2_ROUTER_ADDRESSES, and SWAP_ROUTER_02_ADDRESSES, which is mainnet's address
  /// on Optimism, Arbitrum and Polygon.
  @Test func uniswapRoutersAreNamedWhereSdkCoreListsThem() throws {
    let v2: [(UInt64, String)] = [
      (42161, "0x4752ba5dbc23f44d87826276bf6fd6b1c372ad24"),
      (10, "0x4a7b5da61326a6379179b40d00f57e5bbdc962c2"),
      (8453, "0x4752ba5dbc23f44d87826276bf6fd6b1c372ad24"),
      (43114, "0x4752ba5dbc23f44d87826276bf6fd6b1c372ad24"),
      (56, "0x4752ba5dbc23f44d87826276bf6fd6b1c372ad24"),
      (137, "0xedf6066a2b290c185783862c7f4776a2c8077ad1"),
    ]
    let v3: [(UInt64, String)] = [
      (10, "0x68b3465833fb72A70ecDF485E0e4C7bD8665Fc45"),
      (42161, "0x68b3465833fb72A70ecDF485E0e4C7bD8665Fc45"),
      (137, "0x68b3465833fb72A70ecDF485E0e4C7bD8665Fc45"),
      (56, "0xB971eF87ede563556b2ED4b1C0b0019111Dd85d2"),
      (43114, "0xbb00FF08d01D300023C629E8fFfFcb65A5a578cE"),
      (8453, "0x2626664c2603336E57B271c5C0b26F421741e481"),
    ]
    for (list, name) in [(v2, "Uniswap V2 Router"), (v3, "Uniswap V3 Router 2")] {
      for (chainId, hex) in list {
        let address = try #require(Address(hex: hex))
        #expect(
          KnownContracts.name(chainId: UInt256(chainId), address: address) == name,
          "\(name) on chain \(chainId)")
      }
    }
  }
}
