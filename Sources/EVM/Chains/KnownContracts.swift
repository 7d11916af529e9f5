import TxrayCore

/// Infrastructure contracts a signer meets every day, named so they read as "Permit2
/// (0x0000…8BA3)" instead of bare hex, and so a look-alike of one can be caught. Curated by hand
/// from each project's published deployment addresses.
///
/// Contracts deployed by CREATE2 at one address on every chain (Permit2, Multicall3, Seaport, the
/// OpenSea conduit) are listed for every chain; the rest only where the address was checked.
public enum KnownContracts {
  /// The name of the contract at `address` on `chainId`, when listed.
  public static func name(chainId: UInt256?, address: Address) -> String? {
    let key = address.lowercaseHex
    if let name = everyChain[key] { return name }
    guard let id = chainId?.uint64Value else { return nil }
    return byChain[id]?[key]
  }

  /// Every listed contract of `chainId`, by lower-case address.
  public static func all(chainId: UInt256?) -> [String: String] {
    let own = chainId?.uint64Value.flatMap { byChain[$0] } ?? [:]
    return everyChain.merging(own) { first, _ in first }
  }

  private static let everyChain: [String: String] = index([
    ("0x000000000022d473030f116ddee9f6b43ac78ba3", "Permit2"),
    ("0xca11bde05977b3631167028862be2a173976ca11", "Multicall3"),
    ("0x00000000000000adc04c56bf30ac9d3c0aaf14dc", "Seaport 1.5 (OpenSea)"),
    ("0x0000000000000068f116a894984e2db1123eb395", "Seaport 1.6 (OpenSea)"),
    ("0x1e0049783f008a0085193e00003d00cd54003c71", "OpenSea conduit"),
    // Safe's batching libraries, from safe-global/safe-deployments (MIT): src/assets/v1.3.0 and
    // v1.4.1 multi_send(_call_only).json, canonical and eip155 deployments.
    ("0xa238cbeb142c10ef7ad8442c6d1f9e89e07e7761", "Safe MultiSend 1.3.0"),
    ("0x998739bfdaadde7c933b942a68053933098f9eda", "Safe MultiSend 1.3.0"),
    ("0x40a2accbd92bca938b02010e17a5b8929b49130d", "Safe MultiSendCallOnly 1.3.0"),
    ("0xa1dabef33b3b82c7814b6d82a79e50f4ac44102b", "Safe MultiSendCallOnly 1.3.0"),
    ("0x38869bf66a61cf6bdb996a6ae40d5853fd43b526", "Safe MultiSend 1.4.1"),
    ("0x9641d764fc13c8b624c04430c7356c1c7c8102e2", "Safe MultiSendCallOnly 1.4.1"),
  ])

  /// Whether the contract is one of Safe's batching libraries (MultiSend, MultiSendCallOnly),
  /// which Safes DELEGATECALL to run several calls as themselves.
  public static func isSafeBatchLibrary(_ address: Address) -> Bool {
    everyChain[address.lowercaseHex]?.hasPrefix("Safe MultiSend") == true
  }

  private static let byChain: [UInt64: [String: String]] = [
    1: index([
      ("0x66a9893cc07d91d95644aedd05d03f95e1dba8af", "Uniswap Universal Router"),
      // v2.1.1 and v2.1.2, as uniswap-universal-router-decoder's README lists them.
      ("0x4c82d1fbfe28c977cbb58d8c7ff8fcf9f70a2cca", "Uniswap Universal Router"),
      ("0x23617e59a5925b2a4bf75d73ff6711cd0b29de85", "Uniswap Universal Router"),
      ("0x3fc91a3afd70395cd496c647d5a6cc9d4b2b7fad", "Uniswap Universal Router"),
      ("0xef1c6e67703c7bd7107eed8303fbe6ec2554bf6b", "Uniswap Universal Router"),
      ("0x7a250d5630b4cf539739df2c5dacb4c659f2488d", "Uniswap V2 Router"),
      ("0xe592427a0aece92de3edee1f18e0157c05861564", "Uniswap V3 Router"),
      ("0x68b3465833fb72a70ecdf485e0e4c7bd8665fc45", "Uniswap V3 Router 2"),
      ("0xc36442b4a4522e871399cd717abdd847ab11fe88", "Uniswap V3 Positions"),
      ("0x111111125421ca6dc452d289314280a0f8842a65", "1inch Router v6"),
      ("0x1111111254eeb25477b68fb85ed929f73a960582", "1inch Router v5"),
      ("0x1111111254fb6c44bac0bed2854e76f90643097d", "1inch Router v4"),
      ("0x11111112542d85b3ef69ae05771c2dccff4faa26", "1inch Router v3"),
      ("0xdef1c0ded9bec7f1a1670819833240f027b25eff", "0x Exchange Proxy"),
      ("0xdef171fe48cf0115b1d80b88dc8eab59176fee57", "ParaSwap Augustus v5"),
      ("0x6a000f20005980200259b80c5102003040001068", "ParaSwap Augustus v6.2"),
      ("0x9008d19f58aabd9ed0d60971565aa8510560ab41", "CoW Protocol settlement"),
      ("0xc02aaa39b223fe8d0a0e5c4f27ead9083c756cc2", "WETH"),
      ("0xae7ab96520de3a18e5e111b5eaab095312d7fe84", "Lido stETH"),
      ("0x7f39c581f595b53c5cb19bd0b3f8da6c935e2ca0", "Lido wstETH"),
      ("0x889edc2edab5f40e902b864ad4d7ade8e412f9b1", "Lido withdrawal queue"),
      ("0x00000000219ab540356cbb839cbe05303d7705fa", "Beacon deposit contract"),
      ("0x858646372cc42e1a627fce94aa7a7033e7cf075a", "EigenLayer strategy manager"),
      ("0x87870bca3f3fd6335c3f4ce8392d69350b4fa4e2", "Aave V3 pool"),
      ("0x5c7bcd6e7de5423a257d81b442095a1a6ced35c5", "Across spoke pool"),
      ("0x99c9fc46f92e8a1c0dec1b1747d010903e884be1", "OP Mainnet bridge"),
      ("0x3154cf16ccdb4c6d922629664174b904d80f2c35", "Base bridge"),
      ("0x72ce9c846789fdb6fc1f34ac4ad25dd9ef7031ef", "Arbitrum gateway router"),
      ("0xa0c68c638235ee32657e8f720a23cec1bfc77c77", "Polygon PoS bridge"),
    ]),
    // Beyond mainnet, the routers and pools come from two published lists:
    // - 1inch, ParaSwap (Velora) and the Aave V3 pool: the deployments of their descriptors in
    //   the ERC-7730 registry (LedgerHQ/clear-signing-erc7730-registry, CC0), checked against it
    //   by KnownContractsTests;
    // - the Uniswap Universal Router: Uniswap/universal-router's deploy-addresses/CHAIN.json at
    //   fb25ff09 (every UniversalRouter* entry; each chain's own, since one address is a router
    //   on one chain and Uniswap's UnsupportedProtocol on another).
    // - Uniswap's V2 router and V3 SwapRouter02: Uniswap/sdks's sdks/sdk-core/src/addresses.ts
    //   at 0058bfb6 (MIT): V2_ROUTER_ADDRESSES, and SWAP_ROUTER_02_ADDRESSES (mainnet's address
    //   where a chain names none of its own).
    // The 0x Exchange Proxy's addresses are those of 0xProject/protocol's
    // packages/contract-addresses/addresses.json (`exchangeProxy` by chain).
    10: index(
      [
        ("0xdef1abe32c034e558cdd535791643c58a13acc10", "0x Exchange Proxy"),
        ("0x794a61358d6845594f94dc1db02a252b5b4814ad", "Aave V3 pool"),
      ] + oneInch([6, 5]) + paraSwap62
        + uniswapRouters(
          v2: "0x4a7b5da61326a6379179b40d00f57e5bbdc962c2",
          v3: "0x68b3465833fb72a70ecdf485e0e4c7bd8665fc45")
        + universalRouter([
          "0xb555edf5dcf85f42ceef1f3630a52a108e55a654",
          "0xec8b0f7ffe3ae75d7ffab09429e3675bb63503e4",
          "0xcb1355ff08ab38bbce60111f1bb2b784be25d7e8",
          "0x851116d9223fabed8e56c0e6b8ad0c31d98b3507",
          "0x8b844f885672f333bc0042cb669255f93a4c1e6b",
        ])),
    56: index(
      [
        ("0xdef1c0ded9bec7f1a1670819833240f027b25eff", "0x Exchange Proxy"),
        ("0xdef171fe48cf0115b1d80b88dc8eab59176fee57", "ParaSwap Augustus v5"),
      ] + oneInch([6, 5, 4, 3]) + paraSwap62
        + uniswapRouters(
          v2: "0x4752ba5dbc23f44d87826276bf6fd6b1c372ad24",
          v3: "0xb971ef87ede563556b2ed4b1c0b0019111dd85d2")
        + universalRouter([
          "0x5dc88340e1c5c6366864ee415d6034cadd1a9897",
          "0xec8b0f7ffe3ae75d7ffab09429e3675bb63503e4",
          "0x4dae2f939acf50408e13d58534ff8c2776d45265",
          "0x1906c1d672b88cd1b9ac7593301ca990f94eae07",
          "0x8b844f885672f333bc0042cb669255f93a4c1e6b",
        ])),
    100: index(
      [("0xb50201558b00496a145fe76f7424749556e326d8", "Aave V3 pool")] + oneInch([6])),
    137: index(
      [
        ("0xdef1c0ded9bec7f1a1670819833240f027b25eff", "0x Exchange Proxy"),
        ("0xdef171fe48cf0115b1d80b88dc8eab59176fee57", "ParaSwap Augustus v5"),
        ("0x794a61358d6845594f94dc1db02a252b5b4814ad", "Aave V3 pool"),
      ] + oneInch([6, 5, 4, 3]) + paraSwap62
        + uniswapRouters(
          v2: "0xedf6066a2b290c185783862c7f4776a2c8077ad1",
          v3: "0x68b3465833fb72a70ecdf485e0e4c7bd8665fc45")
        + universalRouter([
          "0x4c60051384bd2d3c01bfc845cf5f4b44bcbe9de5",
          "0x643770e279d5d0733f21d6dc03a8efbabf3255b4",
          "0xec7be89e9d109e7e3fec59c222cf297125fefda2",
          "0x1095692a6237d83c6a72f3f5efedb9a670c49223",
          "0x8b844f885672f333bc0042cb669255f93a4c1e6b",
        ])),
    324: index([("0x78e30497a3c7527d953c6b1e3541b021a98ac43c", "Aave V3 pool")]),
    8453: index(
      [("0xa238dd80c259a72e81d7e4664a9801593f98d1c5", "Aave V3 pool")] + oneInch([6, 5])
        + paraSwap62
        + uniswapRouters(
          v2: "0x4752ba5dbc23f44d87826276bf6fd6b1c372ad24",
          v3: "0x2626664c2603336e57b271c5c0b26f421741e481")
        + universalRouter([
          "0xec8b0f7ffe3ae75d7ffab09429e3675bb63503e4",
          "0x3fc91a3afd70395cd496c647d5a6cc9d4b2b7fad",
          "0x6ff5693b99212da76ad316178a184ab56d299b43",
          "0xfdf682f51fe81aa4898f0ae2163d8a55c127fbc7",
        ])),
    42161: index(
      [("0x794a61358d6845594f94dc1db02a252b5b4814ad", "Aave V3 pool")] + oneInch([6, 5])
        + paraSwap62
        + uniswapRouters(
          v2: "0x4752ba5dbc23f44d87826276bf6fd6b1c372ad24",
          v3: "0x68b3465833fb72a70ecdf485e0e4c7bd8665fc45")
        + universalRouter([
          "0x4c60051384bd2d3c01bfc845cf5f4b44bcbe9de5",
          "0xec8b0f7ffe3ae75d7ffab09429e3675bb63503e4",
          "0x5e325eda8064b456f4781070c0738d849c824258",
          "0xa51afafe0263b40edaef0df8781ea9aa03e381a3",
          "0x8b844f885672f333bc0042cb669255f93a4c1e6b",
        ])),
    43114: index(
      [
        ("0xdef1c0ded9bec7f1a1670819833240f027b25eff", "0x Exchange Proxy"),
        ("0x794a61358d6845594f94dc1db02a252b5b4814ad", "Aave V3 pool"),
      ] + oneInch([6]) + paraSwap62
        + uniswapRouters(
          v2: "0x4752ba5dbc23f44d87826276bf6fd6b1c372ad24",
          v3: "0xbb00ff08d01d300023c629e8ffffcb65a5a578ce")
        + universalRouter([
          "0x82635af6146972cd6601161c4472ffe97237d292",
          "0x4dae2f939acf50408e13d58534ff8c2776d45265",
          "0x8b844f885672f333bc0042cb669255f93a4c1e6b",
        ])),
    59144: index(
      [("0xc47b8c00b0f69a36fa203ffeac0334874574a8ac", "Aave V3 pool")] + oneInch([6, 5])),
    534352: index([("0x11fcfe756c05ad438e312a7fd934381537d3cffe", "Aave V3 pool")]),
  ]

  /// 1inch's routers by version: each deployed at one address on every chain it is on.
  private static func oneInch(_ versions: [Int]) -> [(String, String)] {
    let addresses = [
      6: "0x111111125421ca6dc452d289314280a0f8842a65",
      5: "0x1111111254eeb25477b68fb85ed929f73a960582",
      4: "0x1111111254fb6c44bac0bed2854e76f90643097d",
      3: "0x11111112542d85b3ef69ae05771c2dccff4faa26",
    ]
    return versions.compactMap { version in
      addresses[version].map { ($0, "1inch Router v\(version)") }
    }
  }

  /// ParaSwap's Augustus v6.2, at one address on every chain it is on.
  private static let paraSwap62 = [
    ("0x6a000f20005980200259b80c5102003040001068", "ParaSwap Augustus v6.2")
  ]

  /// Uniswap's V2 router and its V3 SwapRouter02 on a chain, by their names on mainnet.
  private static func uniswapRouters(v2: String, v3: String) -> [(String, String)] {
    [(v2, "Uniswap V2 Router"), (v3, "Uniswap V3 Router 2")]
  }

  private static func universalRouter(_ addresses: [String]) -> [(String, String)] {
    addresses.map { ($0, "Uniswap Universal Router") }
  }

  private static func index(_ pairs: [(String, String)]) -> [String: String] {
    Dictionary(pairs, uniquingKeysWith: { first, _ in first })
  }
}
