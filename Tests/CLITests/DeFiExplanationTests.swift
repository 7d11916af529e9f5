import Foundation
import Testing

/// What a DeFi transaction does, said in words: swaps through routers, who gets the output,
/// tokens named from the offline list (and contradicted by the chain), well-known contracts by
/// name, the chain's own coin, and a transaction that names no chain.
@Suite struct DeFiExplanationTests {
  static let registryTests = TxrayProcess.packageRoot
    .appendingPathComponent("scripts/data/erc7730-registry-tests.jsonl")
  static let registryRoot = TxrayProcess.packageRoot
    .appendingPathComponent("../shared/testdata/erc7730").standardized.path

  /// A real mainnet transaction from the ERC-7730 registry's tests, by its description.
  static func registryTransaction(_ description: String) throws -> String {
    let lines = try String(contentsOf: registryTests, encoding: .utf8).split(separator: "\n")
    for line in lines {
      let test = try #require(
        JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
      if test["description"] as? String == description, let raw = test["rawTx"] as? String {
        return raw
      }
    }
    throw CocoaError(.fileReadNoSuchFile)
  }

  /// A real mainnet transaction from one of the registry's test files whose expected device
  /// screens show `screen` (the file's first when `screen` is empty).
  static func registryTransaction(file: String, showing screen: String) throws -> String {
    let lines = try String(contentsOf: registryTests, encoding: .utf8).split(separator: "\n")
    for line in lines {
      let test = try #require(
        JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
      let texts = (test["expectedTexts"] as? [String] ?? []).joined(separator: " ")
      if (test["file"] as? String)?.hasSuffix(file) == true,
        screen.isEmpty || texts.contains(screen),
        let raw = test["rawTx"] as? String
      {
        return raw
      }
    }
    throw CocoaError(.fileReadNoSuchFile)
  }

  static func json(_ result: TxrayProcess.Result) throws -> [String: Any] {
    try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
  }

  static func rules(_ object: [String: Any]) -> [String] {
    ((object["findings"] as? [[String: Any]]) ?? []).compactMap { $0["rule"] as? String }
  }

  @Test func universalRouterSampleStatesTheSwap() throws {
    let result = try TxrayProcess.run([
      "--json", TxrayProcess.sample("uniswap-universal-router-swap.hex"),
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let object = try Self.json(result)
    #expect(
      object["headline"] as? String
        == "You swap 1 ETH for at least 2990 USDC through Uniswap Universal Router (0x66a9…A8Af)")
    let intent = try #require(object["action"] as? [String: Any])
    #expect(intent["source"] as? String == "decodedCommands")
    #expect(intent["recipient"] is NSNull)
    let fee = try #require((intent["fees"] as? [[String: Any]])?.first)
    #expect(fee["shareBips"] as? String == "25")
    #expect(fee["party"] as? String == "0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045")
    let text = try #require((object["explanation"] as? [String: Any])?["text"] as? String)
    #expect(text.contains("Of what moves, 0.25% of the USDC goes to 0xd8dA…6045."))
  }

  @Test func universalRouterSampleSimulatedStatesWhatLeftAndWhatCameBack() throws {
    // The snapshot's router runs the sample's four commands over a constant-product WETH/USDC
    // pool (scripts/gen-evm-samples.py; pyrevm gives the same USDC).
    let result = try TxrayProcess.run([
      "--json", "--state", TxrayProcess.sample("uniswap-universal-router-swap.state.json"),
      TxrayProcess.sample("uniswap-universal-router-swap.hex"),
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let object = try Self.json(result)
    #expect(
      object["headline"] as? String
        == "You swap 1 ETH for at least 2990 USDC through Uniswap Universal Router (0x66a9…A8Af)")
    let text = try #require((object["explanation"] as? [String: Any])?["text"] as? String)
    #expect(
      text.contains(
        "Simulated against current state, it succeeds: 1.001671552 ETH (the fee included) "
          + "leaves your account and 3486.020098 USDC comes back."), "\(text)")
    #expect(!Self.rules(object).contains("evm.swap-output-to-other"))
  }

  @Test func uniswapV3RouterSwapStatesWhatGoesInAndTheLeastThatComesOut() throws {
    // A real exactInputSingle on mainnet; a Ledger device shows "Send 0.006471375668623977
    // WETH", "Minimum to Receive 13.901216 USDT" for it.
    let raw = try Self.registryTransaction("swap - chain 1")
    let result = try TxrayProcess.run(["--json", raw])
    #expect(result.status == 0, "\(result.stderr)")
    let object = try Self.json(result)
    #expect(
      object["headline"] as? String
        == "You swap 0.006471375668623977 WETH for at least 13.901216 USDT through Uniswap V3 "
        + "Router 2 (0x68b3…Fc45)")
    #expect(!Self.rules(object).contains("evm.swap-output-to-other"))
  }

  /// A Uniswap V2 swap with no least output accepts any price, a warning; the same swap asking
  /// for at least one base unit gets none (how low a minimum is needs prices). Both signed by
  /// eth-account 0.14.0 with the key 0x11…11: `swapExactETHForTokens(min, [WETH, USDC], signer,
  /// 1800000000)` with 1 ETH, nonce 7.
  @Test func swapWithoutAMinimumIsAWarning() throws {
    let prefix =
      "02f901590107843b9aca008506fc23ac008303d090947a250d5630b4cf539739df2c5dacb4c659f2488d88"
      + "0de0b6b3a7640000b8e47ff36ab5"
    let rest =
      "000000000000000000000000000000000000000000000000000000000000008000000000000000000000000019"
      + "e7e376e7c213b7e7e7e46cc70a5dd086daff2a000000000000000000000000000000000000000000000000000"
      + "000006b49d20000000000000000000000000000000000000000000000000000000000000000020000000000000"
      + "00000000000c02aaa39b223fe8d0a0e5c4f27ead9083c756cc2000000000000000000000000a0b86991c6218b"
      + "36c1d19d4a2e9eb0ce3606eb48"
    let noMinimum =
      prefix + String(repeating: "0", count: 64) + rest
      + "c080a03c1f366337796cde096a7acf4ac5b4159d39c55e91ede1f251e56830d91870aaa053f9af8b0dc1a31c"
      + "350bfa32c875b59f003901e9eb0abe12620b3c0debe0dbda"
    let oneUnit =
      prefix + String(repeating: "0", count: 63) + "1" + rest
      + "c001a09f144607dbf7766b99c5e1106de149ee9085fe153aa5eac7b3458fc0f6ca7cb5a01b9c21c38de03d95"
      + "3732ccb4077d1670bd63ae24020883a0fead31c4ba44f8b9"

    let result = try TxrayProcess.run(["--json", "--no-model", noMinimum])
    #expect(result.status == 0, "\(result.stderr)")
    let object = try Self.json(result)
    #expect((object["valid"] as? Bool) == true)
    #expect(
      object["headline"] as? String
        == "You swap 1 ETH for at least 0 USDC through Uniswap V2 Router (0x7a25…488D)")
    let finding = try #require((object["findings"] as? [[String: Any]])?.first)
    #expect(finding["rule"] as? String == "evm.swap-without-minimum")
    #expect(finding["severity"] as? String == "warning")
    #expect(
      finding["message"] as? String
        == "This swap accepts any amount of USDC back (its minimum is 0): a bot that trades just "
        + "before and after it (a sandwich) can leave you almost nothing.")
    let text = try #require((object["explanation"] as? [String: Any])?["text"] as? String)
    #expect(text.contains("Warning: This swap accepts any amount of USDC back"), "\(text)")

    let guarded = try Self.json(try TxrayProcess.run(["--json", "--no-model", oneUnit]))
    #expect((guarded["valid"] as? Bool) == true)
    #expect((guarded["headline"] as? String)?.contains("for at least 0.000001 USDC") == true)
    #expect(Self.rules(guarded).isEmpty, "\(Self.rules(guarded))")

    // SwapRouter02's exactInputSingle with amountOutMinimum 0 (calldata from eth-abi): the
    // same warning when an ERC-7730 descriptor names the call, whose intent carries the swap.
    let data =
      "0x04e45aaf000000000000000000000000c02aaa39b223fe8d0a0e5c4f27ead9083c756cc20000000000000000"
      + "00000000a0b86991c6218b36c1d19d4a2e9eb0ce3606eb4800000000000000000000000000000000000000000"
      + "000000000000000000001f4000000000000000000000000d8da6bf26964af9d7eed9e03e53415d37aa9604500"
      + "00000000000000000000000000000000000000000000000de0b6b3a7640000"
      + String(repeating: "0", count: 128)
    let request = """
      {"from":"0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045",
       "to":"0x68b3465833fb72A70ecDF485E0e4C7bD8665Fc45","chainId":"0x1","nonce":"0x5",
       "gas":"0x40000","maxFeePerGas":"0x5f5e100","maxPriorityFeePerGas":"0x0",
       "value":"0xde0b6b3a7640000","data":"\(data)"}
      """
    for descriptors in [[], ["--descriptors", Self.registryRoot + "/registry"]] {
      let object = try Self.json(
        try TxrayProcess.run(["--json", "--no-model"] + descriptors, stdin: Data(request.utf8)))
      #expect(
        object["headline"] as? String
          == "You swap 1 ETH for at least 0 USDC through Uniswap V3 Router 2 (0x68b3…Fc45)")
      #expect(
        (object["action"] as? [String: Any])?["source"] as? String
          == (descriptors.isEmpty ? "decodedCommands" : "descriptor"))
      #expect(Self.rules(object) == ["evm.swap-without-minimum"], "\(descriptors)")
    }
  }

  @Test func swapOutputToAnotherAccountIsAFinding() throws {
    // 1inch unoswapTo on mainnet: the signer 0x25C0…149B pays, 0x4E5B…Edb8 receives.
    let raw = try Self.registryTransaction("1inch: AggregationRouterV6: unoswapTo")
    let result = try TxrayProcess.run(["--json", raw])
    #expect(result.status == 0, "\(result.stderr)")
    let object = try Self.json(result)
    #expect(Self.rules(object).contains("evm.swap-output-to-other"))
    let intent = try #require(object["action"] as? [String: Any])
    #expect(intent["recipient"] as? String == "0x4E5B17cF6393ecb5c0295f80ef9a79D6233fEdb8")
    #expect((object["headline"] as? String)?.hasPrefix("You swap 4303.000000000000262144 ") == true)
  }

  /// The sample's swap as a request on Base (chain 8453), where USDC's mainnet address is no
  /// listed token: the fee sentence names it by its address in plain words ("0.25% of the tokens
  /// at 0xA0b8…eB48", never "of the the token at").
  @Test func swapFeeOfAnUnlistedTokenReadsPlainly() throws {
    let sample = try Self.json(
      try TxrayProcess.run([
        "--json", "--no-model", TxrayProcess.sample("uniswap-universal-router-swap.hex"),
      ]))
    let data = try #require(sample["data"] as? String)
    let request = """
      {"from":"0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266","chainId":"0x2105",
       "to":"0x66a9893cC07D91D95644AEDD05D03f95e1dBA8Af","value":"0xde0b6b3a7640000",
       "data":"\(data)"}
      """
    let result = try TxrayProcess.run(["--no-model"], stdin: Data(request.utf8))
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      result.stdout.contains(
        "You swap 1 ETH for at least 2990000000 base units of the token at 0xA0b8…eB48"))
    #expect(result.stdout.contains("Of what moves, 0.25% of the tokens at 0xA0b8…eB48 goes to"))
    #expect(!result.stdout.contains("the the"))
  }

  @Test func polygonSaysPOLEverywhere() throws {
    let request = """
      {"from":"0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266",
       "to":"0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045","chainId":"0x89","nonce":"0x7",
       "gas":"0x5208","maxFeePerGas":"0x6fc23ac00","maxPriorityFeePerGas":"0x3b9aca00",
       "value":"0x14d1120d7b160000"}
      """
    // The sample's state, as Polygon's: a state of another chain would refuse the request.
    let mainnet = try String(
      contentsOfFile: TxrayProcess.sample("eip1559-eth-transfer.state.json"), encoding: .utf8)
    let polygonState = mainnet.replacingOccurrences(
      of: #""chainId": "0x1""#, with: #""chainId": "0x89""#)
    #expect(polygonState != mainnet)
    let state = FileManager.default.temporaryDirectory
      .appendingPathComponent("txray-polygon-\(UUID().uuidString).json").path
    try polygonState.write(toFile: state, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: state) }
    let text = try TxrayProcess.run(["--state", state], stdin: Data(request.utf8))
    #expect(text.status == 0, "\(text.stderr)")
    #expect(text.stdout.contains("You send 1.5 POL to 0xd8dA…6045"))
    #expect(text.stdout.contains("transfer    1.5 POL from"))
    #expect(text.stdout.contains("your balances change by -1.500231 POL"))
    #expect(!text.stdout.contains("ETH"))
    let json = try TxrayProcess.run(["--json", "--state", state], stdin: Data(request.utf8))
    #expect(!json.stdout.contains("\"ETH\""))
    #expect(json.stdout.contains("\"symbol\":\"POL\""))
  }

  /// A transaction for one chain against another chain's state is invalid there, as a node
  /// says; a state that names no chain is read as the transaction's.
  @Test func stateOfAnotherChainRefusesTheTransaction() throws {
    let sample = TxrayProcess.sample("erc20-transfer.hex")
    let mainnet = try String(
      contentsOfFile: TxrayProcess.sample("erc20-transfer.state.json"), encoding: .utf8)
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("txray-chains-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let polygon = directory.appendingPathComponent("polygon.json").path
    try mainnet.replacingOccurrences(of: #""chainId": "0x1""#, with: #""chainId": "0x89""#)
      .write(toFile: polygon, atomically: true, encoding: .utf8)
    let refused = try TxrayProcess.run(["--no-model", "--state", polygon, sample])
    #expect(refused.status == 3, "\(refused.stderr)")
    #expect(
      refused.stdout.contains(
        "invalid against this state: it is for Ethereum mainnet (chain 1) but the state is of "
          + "Polygon PoS (chain 137)"))
    let unnamed = directory.appendingPathComponent("unnamed.json").path
    let unnamedState = mainnet.replacingOccurrences(
      of: #",\#n  "chainId": "0x1""#, with: "")
    #expect(unnamedState != mainnet)
    try unnamedState
      .write(toFile: unnamed, atomically: true, encoding: .utf8)
    let read = try TxrayProcess.run(["--no-model", "--state", unnamed, sample])
    #expect(read.status == 0, "\(read.stderr)")
    #expect(read.stdout.contains("simulation    succeeded"))
  }

  /// An unsigned NEAR transaction (RPC JSON form) in which `signer` (alice.near with
  /// `publicKey`) calls `ft_transfer` of `token` to send `amount` base units to bob.near.
  static func nearTokenTransfer(
    token: String, amount: String, publicKey: String, nonce: Int
  ) -> Data {
    let arguments = Data(#"{"receiver_id":"bob.near","amount":"\#(amount)"}"#.utf8)
    return Data(
      """
      {"signer_id":"alice.near","public_key":"ed25519:\(publicKey)",
       "nonce":\(nonce),"receiver_id":"\(token)","priority_fee":0,
       "actions":[{"FunctionCall":{"method_name":"ft_transfer",
         "args":"\(arguments.base64EncodedString())","gas":30000000000000,"deposit":"1"}}]}
      """.utf8)
  }

  @Test(arguments: [
    ("wrap.near", "5000000000000000000000000", "You send 5 wNEAR to bob.near"),
    ("usdt.tether-token.near", "900000000", "You send 900 USDt to bob.near"),
  ])
  func nearTokensAreNamed(token: String, amount: String, headline: String) throws {
    let transaction = Self.nearTokenTransfer(
      token: token, amount: amount, publicKey: "GxRTBeSfmW29dFFup4ocsR689ST6hV5s1FHfUVAfoRQ4",
      nonce: 1001)
    let result = try TxrayProcess.run(["--json"], stdin: transaction)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(try Self.json(result)["headline"] as? String == headline)
  }

  /// NEAR token contracts named to read like listed ones: one letter off, confusable letters or
  /// separators, or someone else's subaccount carrying the name. Each is a high finding naming
  /// the account it poses as; the real contract is not.
  @Test(
    arguments: [
      ("usdt.tether-tokem.near", "usdt.tether-token.near"),
      ("vvrap.near", "wrap.near"),
      ("usdt_tether-token.near", "usdt.tether-token.near"),
      ("wrap.near.claim-rewards.near", "wrap.near"),
      ("usdt.tether-token.near", nil),
      ("wrap.near", nil),
    ] as [(String, String?)])
  func nearTokenContractsThatReadLikeListedOnesAreFindings(token: String, posesAs: String?)
    throws
  {
    let transaction = Self.nearTokenTransfer(
      token: token, amount: "900000000", publicKey: "GxRTBeSfmW29dFFup4ocsR689ST6hV5s1FHfUVAfoRQ4",
      nonce: 1001)
    let result = try TxrayProcess.run(["--json", "--no-model"], stdin: transaction)
    #expect(result.status == 0, "\(result.stderr)")
    let object = try Self.json(result)
    guard let posesAs else {
      #expect(!Self.rules(object).contains("near.lookalike-account"))
      return
    }
    let evidence = try Self.highFindingEvidence(object, rule: "near.lookalike-account")
    #expect(evidence["looks like"] == posesAs)
    #expect(evidence["contract called"] == token)
  }

  /// A sample state file with `text` replaced by `replacement`, in a temporary file.
  static func posingState(_ sample: String, replacing text: String, with replacement: String)
    throws -> URL
  {
    let original = try String(contentsOfFile: TxrayProcess.sample(sample), encoding: .utf8)
    let posing = original.replacingOccurrences(of: text, with: replacement)
    #expect(posing != original)
    let state = FileManager.default.temporaryDirectory
      .appendingPathComponent("txray-posing-\(getpid())-\(sample)")
    try Data(posing.utf8).write(to: state)
    return state
  }

  /// The evidence of `object`'s `rule` finding, which must be high.
  static func highFindingEvidence(_ object: [String: Any], rule: String) throws -> [String: String]
  {
    let finding = try #require(
      (object["findings"] as? [[String: Any]])?.first { $0["rule"] as? String == rule })
    #expect(finding["severity"] as? String == "high")
    return try #require(finding["evidence"] as? [String: String])
  }

  @Test func tokenWhoseChainSymbolContradictsTheListIsAFinding() throws {
    // The sample's ERC-20 at USDC's address, with its symbol immutable changed to "USDT".
    let state = try Self.posingState(
      "erc20-transfer.state.json", replacing: "0455534443", with: "0455534454")
    defer { try? FileManager.default.removeItem(at: state) }
    let result = try TxrayProcess.run([
      "--json", "--state", state.path, TxrayProcess.sample("erc20-transfer.hex"),
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let object = try Self.json(result)
    let evidence = try Self.highFindingEvidence(object, rule: "evm.token-list-mismatch")
    #expect(evidence["listed"] == "USDC, 6 decimals")
    #expect(evidence["on chain"] == "USDT, 6 decimals")
    // Chain state wins: the transfer reads as USDT.
    #expect((object["headline"] as? String)?.contains("250 USDT") == true)
  }

  @Test func nearTokenWhoseMetadataContradictsTheListIsAFinding() throws {
    // The sample's NEP-141 test token (ft_metadata: TUSD, 6 decimals) placed at the account the
    // list names USDt: chain state wins, and the contradiction is a finding.
    let state = try Self.posingState(
      "near-ft-transfer-call.state.json", replacing: "dollar.token.near",
      with: "usdt.tether-token.near")
    defer { try? FileManager.default.removeItem(at: state) }
    let transaction = Self.nearTokenTransfer(
      token: "usdt.tether-token.near", amount: "10000000",
      publicKey: "7P22gvieRZHdQYUDTRbDHtsvQy4PNXbyW5ZoyBJvg9c1", nonce: 42)
    let result = try TxrayProcess.run(["--json", "--state", state.path], stdin: transaction)
    #expect(result.status == 0, "\(result.stderr)")
    let object = try Self.json(result)
    let evidence = try Self.highFindingEvidence(object, rule: "near.token-list-mismatch")
    #expect(evidence["listed"] == "USDt, 6 decimals")
    #expect(evidence["on chain"] == "TUSD, 6 decimals")
    #expect(object["headline"] as? String == "You send 10 TUSD to bob.near")
  }

  @Test func wellKnownContractsAreNamedAndTheirLookAlikesFlagged() throws {
    let approval = try TxrayProcess.run([TxrayProcess.sample("erc20-approve-unlimited.hex")])
    #expect(approval.stdout.contains("You allow Permit2 (0x0000…8BA3) to spend all of your USDC"))
    // Same first and last four hex digits as Permit2, a different account.
    let lookalike = """
      {"from":"0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266",
       "to":"0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48","chainId":"0x1","nonce":"0x1",
       "gas":"0xea60","maxFeePerGas":"0x6fc23ac00","maxPriorityFeePerGas":"0x3b9aca00",
       "data":"0x095ea7b30000000000000000000000000000111111111111111111111111111111118ba3ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"}
      """
    let result = try TxrayProcess.run(["--json"], stdin: Data(lookalike.utf8))
    let object = try Self.json(result)
    let finding = try #require(
      (object["findings"] as? [[String: Any]])?.first {
        $0["rule"] as? String == "evm.address-poisoning"
      })
    #expect((finding["message"] as? String)?.contains("looks like Permit2") == true)
    #expect((finding["message"] as? String)?.contains("a well-known contract") == true)
  }

  /// Routers are named on the chain the transaction is for, never as bare hex: an unlimited
  /// USDC approval to ParaSwap on Arbitrum names ParaSwap, as on mainnet; a swap through
  /// Uniswap's SwapRouter02 on Base, whose address there is its own (Uniswap's sdk-core
  /// addresses.ts), names it as on mainnet. The swap's calldata is from eth-abi:
  /// `exactInputSingle((WETH, USDC, 500, sender, 1 ETH, 3000 USDC, 0))` with 1 ETH sent.
  @Test(arguments: [
    (
      "0xaf88d065e77c8cC2239327C5EDb3A432268e5831", "0xa4b1", "0x0",
      "0x095ea7b30000000000000000000000006a000f20005980200259b80c5102003040001068ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff",
      "You allow ParaSwap Augustus v6.2 (0x6A00…1068) to spend all of your USDC, forever",
      ["evm.unlimited-allowance"]
    ),
    (
      "0x2626664c2603336E57B271c5C0b26F421741e481", "0x2105", "0xde0b6b3a7640000",
      "0x04e45aaf0000000000000000000000004200000000000000000000000000000000000006000000000000000000000000833589fcd6edb6e08f4c7c32d4f71b54bda0291300000000000000000000000000000000000000000000000000000000000001f4000000000000000000000000d8da6bf26964af9d7eed9e03e53415d37aa960450000000000000000000000000000000000000000000000000de0b6b3a764000000000000000000000000000000000000000000000000000000000000b2d05e000000000000000000000000000000000000000000000000000000000000000000",
      "You swap 1 ETH for at least 3000 USDC through Uniswap V3 Router 2 (0x2626…e481)", []
    ),
  ])
  func routersAreNamedOnOtherChains(
    to: String, chainId: String, value: String, data: String, headline: String, rules: [String]
  ) throws {
    let request = """
      {"from":"0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045","to":"\(to)","chainId":"\(chainId)",
       "nonce":"0x5","gas":"0x40000","maxFeePerGas":"0x5f5e100","maxPriorityFeePerGas":"0x0",
       "value":"\(value)","data":"\(data)"}
      """
    let result = try TxrayProcess.run(["--json", "--no-model"], stdin: Data(request.utf8))
    #expect(result.status == 0, "\(result.stderr)")
    let object = try Self.json(result)
    #expect(object["headline"] as? String == headline)
    #expect(Self.rules(object) == rules, "\(Self.rules(object))")
  }

  /// Ref Finance swaps on NEAR (scripts/gen-ref-swap-vectors.py: nearcore's bytes from
  /// py-near-primitives, messages as Ref's own tests write them): said as the swap, with what
  /// goes in, the least that comes back summed over the routes, and who gets it; the output to
  /// someone else is high, no minimum a warning.
  @Test func refFinanceSwapsSayWhatGoesInAndTheLeastThatComesOut() throws {
    let data = try Data(
      contentsOf: TxrayProcess.packageRoot.appendingPathComponent(
        "Tests/CLITests/Fixtures/ref-swaps.json"))
    let document = try #require(JSONSerialization.jsonObject(with: data) as? [String: Any])
    let vectors = try #require(document["vectors"] as? [[String: Any]])
    #expect(vectors.count == 6)
    for vector in vectors {
      let name = try #require(vector["name"] as? String)
      let raw = try #require(vector["base64"] as? String)
      let expected = try #require(vector["expected"] as? [String: Any])
      let object = try Self.json(try TxrayProcess.run(["--json", "--no-model", raw]))
      let action = try #require(object["action"] as? [String: Any], "\(name)")
      #expect(action["source"] as? String == "decodedCommands", "\(name)")
      #expect(action["venue"] as? String == "Ref Finance", "\(name)")
      #expect(action["contract"] as? String == "v2.ref-finance.near", "\(name)")
      let pays = try #require((action["pays"] as? [[String: Any]])?.first, "\(name)")
      let paid = try #require(expected["pays"] as? [String])
      #expect((pays["asset"] as? [String: Any])?["symbol"] as? String == paid[0], "\(name)")
      #expect(pays["amount"] as? String == paid[1], "\(name)")
      #expect(pays["bound"] as? String == "exact", "\(name)")
      let receives = try #require(action["receives"] as? [[String: Any]], "\(name)")
      let wanted = try #require(expected["receives"] as? [[String]])
      #expect(receives.count == wanted.count, "\(name)")
      for (part, want) in zip(receives, wanted) {
        #expect((part["asset"] as? [String: Any])?["symbol"] as? String == want[0], "\(name)")
        #expect(part["amount"] as? String == want[1], "\(name)")
        #expect(part["bound"] as? String == "atLeast", "\(name)")
      }
      let recipient = expected["recipient"] as? String
      #expect(action["recipient"] as? String == recipient, "\(name)")
      let rules = Self.rules(object)
      #expect(rules.contains("near.swap-output-to-other") == (recipient != nil), "\(name)")
      #expect(rules.contains("near.swap-without-minimum") == (wanted[0][1] == "0"), "\(name)")
      #expect((object["headline"] as? String)?.hasPrefix("You swap ") == true, "\(name)")
      #expect((object["headline"] as? String)?.hasSuffix(" with Ref Finance") == true, "\(name)")
    }
    // The first, in words.
    let first = try #require(vectors.first?["base64"] as? String)
    let text = try TxrayProcess.run(["--no-model", first]).stdout
    #expect(
      text.contains("\nYou swap 1 wNEAR for at least 2.99 USDt with Ref Finance\n"), "\(text)")
  }

  /// A deposit credited to someone else is a drainer's "deposit" as much as a swap's output
  /// is: an Aave supply `onBehalfOf` another account, an ERC-4626 deposit for another
  /// `receiver`, an Aave withdrawal `to` another account. The same supply on the signer's own
  /// behalf says nothing. Calldata from eth-abi; the signer is the request's `from`.
  @Test(arguments: [
    (
      "0x87870Bca3F3fD6335C3F4ce8392D69350B4fA4E2",
      "0x617ba037000000000000000000000000a0b86991c6218b36c1d19d4a2e9eb0ce3606eb48000000000000000000000000000000000000000000000000000000003b9aca0000000000000000000000000022222222222222222222222222222222222222220000000000000000000000000000000000000000000000000000000000000000",
      "You supply to Aave through Aave V3 pool (0x8787…A4E2): Amount 1000 USDC", true
    ),
    (
      "0x87870Bca3F3fD6335C3F4ce8392D69350B4fA4E2",
      "0x617ba037000000000000000000000000a0b86991c6218b36c1d19d4a2e9eb0ce3606eb48000000000000000000000000000000000000000000000000000000003b9aca00000000000000000000000000d8da6bf26964af9d7eed9e03e53415d37aa960450000000000000000000000000000000000000000000000000000000000000000",
      "You supply to Aave through Aave V3 pool (0x8787…A4E2): Amount 1000 USDC", false
    ),
    (
      "0xBEEF01735c132Ada46AA9aA4c54623cAA92A64CB",
      "0x6e553f65000000000000000000000000000000000000000000000000000000003b9aca000000000000000000000000002222222222222222222222222222222222222222",
      "You deposit into a vault through 0xBEEF…64CB", true
    ),
    (
      "0x87870Bca3F3fD6335C3F4ce8392D69350B4fA4E2",
      "0x69328dec000000000000000000000000a0b86991c6218b36c1d19d4a2e9eb0ce3606eb48ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0000000000000000000000002222222222222222222222222222222222222222",
      "You withdraw from Aave through Aave V3 pool (0x8787…A4E2): Amount all USDC", true
    ),
  ])
  func depositsAndWithdrawalsToAnotherAccountAreAFinding(
    to: String, data: String, headline: String, toOther: Bool
  ) throws {
    let request = """
      {"from":"0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045","to":"\(to)","chainId":"0x1",
       "nonce":"0x5","gas":"0x60000","maxFeePerGas":"0x5f5e100","maxPriorityFeePerGas":"0x0",
       "data":"\(data)"}
      """
    let result = try TxrayProcess.run(["--json", "--no-model"], stdin: Data(request.utf8))
    #expect(result.status == 0, "\(result.stderr)")
    let object = try Self.json(result)
    #expect(object["headline"] as? String == headline)
    let action = try #require(object["action"] as? [String: Any])
    #expect(
      action["recipient"] as? String
        == (toOther
          ? "0x2222222222222222222222222222222222222222"
          : "0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045"))
    #expect(Self.rules(object) == (toOther ? ["evm.swap-output-to-other"] : []))
    if toOther {
      let text = try #require((object["explanation"] as? [String: Any])?["text"] as? String)
      #expect(text.contains("What comes out goes to 0x2222…2222, not to you."), "\(text)")
    }
  }

  /// A lending or wrapping call txray names only from its registry still says how much: the
  /// `asset` and `amount` it states (calldata from eth-abi), "all" for the largest amount, and
  /// WETH's own token for its `withdraw(amount)`.
  @Test(arguments: [
    (
      "0xa4b1", "0x794a61358D6845594F94dc1DB02A252b5b4814aD",
      "0x617ba037000000000000000000000000af88d065e77c8cc2239327c5edb3a432268e5831000000000000000000000000000000000000000000000000000000003b9aca00000000000000000000000000d8da6bf26964af9d7eed9e03e53415d37aa960450000000000000000000000000000000000000000000000000000000000000000",
      "You supply to Aave through Aave V3 pool (0x794a…14aD): Amount 1000 USDC"
    ),
    (
      "0xa4b1", "0x794a61358D6845594F94dc1DB02A252b5b4814aD",
      "0x69328dec000000000000000000000000af88d065e77c8cc2239327c5edb3a432268e5831ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff000000000000000000000000d8da6bf26964af9d7eed9e03e53415d37aa96045",
      "You withdraw from Aave through Aave V3 pool (0x794a…14aD): Amount all USDC"
    ),
    (
      "0x1", "0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2",
      "0x2e1a7d4d0000000000000000000000000000000000000000000000000de0b6b3a7640000",
      "You unwrap WETH through WETH (0xC02a…6Cc2): Amount 1 WETH"
    ),
  ])
  func registryCallsSayTheirAmount(chainId: String, to: String, data: String, headline: String)
    throws
  {
    let request = """
      {"from":"0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045","to":"\(to)","chainId":"\(chainId)",
       "nonce":"0x1","gas":"0x30000","maxFeePerGas":"0x3b9aca00","maxPriorityFeePerGas":"0x1",
       "data":"\(data)"}
      """
    let result = try TxrayProcess.run(["--json", "--no-model"], stdin: Data(request.utf8))
    #expect(result.status == 0, "\(result.stderr)")
    #expect(try Self.json(result)["headline"] as? String == headline)
  }

  @Test func noChainIdIsSaidPlainly() throws {
    // A request that leaves the chain to the wallet: an unlimited DAI approval to Permit2.
    let request = """
      {"from":"0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266",
       "to":"0x6B175474E89094C44Da98b954EedeAC495271d0F",
       "data":"0x095ea7b3000000000000000000000000000000000022d473030f116ddee9f6b43ac78ba3ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"}
      """
    let result = try TxrayProcess.run(["--json"], stdin: Data(request.utf8))
    #expect(result.status == 0, "\(result.stderr)")
    let object = try Self.json(result)
    #expect(
      object["headline"] as? String
        == "You allow Permit2 (0x0000…8BA3) to spend all of your DAI, forever, if this is "
        + "Ethereum mainnet")
    let text = try #require((object["explanation"] as? [String: Any])?["text"] as? String)
    #expect(
      text.contains(
        "The transaction names no chain: token and contract names are those of Ethereum "
          + "mainnet, if that is where it is sent."))
    #expect(!result.stdout.contains("your the token"))
    // --chain-id names them for another chain instead: DAI's mainnet address is not a token
    // on Polygon, so it is named by its address, in plain words.
    let polygon = try TxrayProcess.run(
      ["--json", "--chain-id", "137"], stdin: Data(request.utf8))
    let other = try Self.json(polygon)
    #expect(
      other["headline"] as? String
        == "You allow Permit2 (0x0000…8BA3) to spend all of your tokens at 0x6B17…1d0F, forever, "
        + "if this is Polygon PoS")
  }

  @Test func registryCheckoutRootServesAsDescriptors() throws {
    let raw = try Self.registryTransaction("1inch: AggregationRouterV6: ethUnoswap")
    let result = try TxrayProcess.run(["--json", "--descriptors", Self.registryRoot, raw])
    #expect(result.status == 0, "\(result.stderr)")
    let object = try Self.json(result)
    #expect((object["clearSigning"] as? [String: Any])?["intent"] as? String == "Swap")
    #expect((object["headline"] as? String)?.hasPrefix("You swap 0.002 ETH for at least") == true)
  }

  /// Amounts a Ledger device shows for real registry transactions (its expected screens, on
  /// the left), as txray's descriptor fields show them: addresses packed in a uint256 and cut
  /// out by a slice (OKX), the coin's address given by a `$.` constant (ParaSwap), a unit that
  /// is a word, a Safe's inner ERC-20 transfer.
  @Test(arguments: [
    (
      "calldata-OkxDexRouterV1.0.7-multi-commission.tests.json", "25287.817127 USDT",
      "Amount to Send      25287.817127 USDT"
    ),
    (
      "calldata-OkxDexRouterV1.0.7-multi-commission.tests.json", "WETH --> ETH",
      "Amount      0.015264 WETH"
    ),
    (
      "calldata-OkxDexRouterV1.0.7-multi-commission.tests.json", "0.03966 ETH",
      "Amount to Send      0.03966 ETH"
    ),
    (
      "calldata-AugustusSwapper-v6.2.tests.json", "Amount to Receive 1.18 ETH",
      "Amount to Receive  1.18 ETH"
    ),
    (
      "calldata-SafeL2-1.3.0.tests.json", "Amount 30000 USDC",
      "send 30000 USDC to 0x14c30D9139CBbCA09e8232938Fe265FBF120eaAA"
    ),
    (
      "calldata-yieldxyz-pol-validator.tests.json", "Stake amount",
      "Stake amount      113.820189659605384342 POL"
    ),
    // Midas gives its `unit` fields a blank base (" "): no unit, and no trailing space.
    ("calldata-MinterVault.tests.json", "Amount 100", "Amount        100\n"),
  ])
  func descriptorAmountsReadAsTheDeviceShowsThem(file: String, screen: String, shown: String)
    throws
  {
    let raw = try Self.registryTransaction(file: file, showing: screen)
    let result = try TxrayProcess.run(["--descriptors", Self.registryRoot + "/registry", raw])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains(shown), "\(result.stdout)")
  }

  /// Real aggregator calls from the registry's tests, read without `--descriptors` (txray's own
  /// registry decodes them): what goes in, the least that comes out, and who receives it.
  @Test(
    arguments: [
      (
        "calldata-AggregationRouterV3.tests.json", "0.00414225 ETH",
        "You swap 0.00414225 ETH for at least 4957007923890945718204719 base units of the token "
          + "through 1inch Router v3 (0x1111…Aa26)", nil
      ),
      (
        "calldata-AggregationRouterV3.tests.json", "",
        "You swap 0.04 ETH for at least 1096183.296274342997565471 PUSSY through 1inch Router v3 "
          + "(0x1111…Aa26)", "0x1F5ec35FD635b225bD46518D575aA5d4439205ee"
      ),
      (
        "calldata-AggregationRouterV4.tests.json", "127.0776343553942",
        "You swap 127.077634355394266428 USDC for at least 123.262227285792213528 USDT through "
          + "1inch Router v4 (0x1111…097d)", "0x911aC60509c4171161CE72D3e018812ee54fE2bB"
      ),
      (
        "calldata-AugustusSwapper-v6.2.tests.json", "3.11 USDC",
        "You swap 3.11 USDC for at least 3.100598 USDT through ParaSwap Augustus v6.2 "
          + "(0x6A00…1068)", nil
      ),
      (
        "calldata-AugustusSwapper-v6.2.tests.json", "0.001 ETH",
        "You swap 0.001 ETH for at least 2.127035 USDC through ParaSwap Augustus v6.2 "
          + "(0x6A00…1068)", nil
      ),
    ] as [(String, String, String, String?)])
  func aggregatorSwapsDecodeWithoutDescriptors(
    file: String, screen: String, headline: String, recipient: String?
  ) throws {
    let raw = try Self.registryTransaction(file: file, showing: screen)
    let result = try TxrayProcess.run(["--json", raw])
    #expect(result.status == 0, "\(result.stderr)")
    let object = try Self.json(result)
    #expect(object["headline"] as? String == headline)
    let intent = try #require(object["action"] as? [String: Any])
    #expect(intent["source"] as? String == "decodedCommands")
    #expect(intent["recipient"] as? String == recipient)
    #expect(!Self.rules(object).contains("evm.swap-output-to-other"))
  }

  /// Real LI.FI swaps from the registry's tests: the route is an array of steps
  /// (`_swapData`), the first spending the input and the last yielding the output, and the
  /// arguments carry a leading underscore (`_minAmountOut`, `_receiver`). The headline states
  /// the swap, never "whatever tokens it holds then".
  @Test(
    arguments: [
      (
        "2995 USDT", "You swap 2995 USDT for at least 2904.541564 USDC through LI.FI (0x1231…4EaE)",
        "0x2D7d7d61978fF0b82164CC201Ec532a68f10F9c2"
      ),
      (
        "56 TRX",
        "You swap 56 TRX for at least 0.007538051138939978 ETH through LI.FI (0x1231…4EaE)",
        "0xA368825594237F98cD05803027E841Aeca7e8F52"
      ),
      (
        "500000 XPR",
        "You swap 500000 XPR for at least 93522914967.046437151086561198 XEN through LI.FI "
          + "(0x1231…4EaE)",
        "0x78b59874BF0Fb404D88D9e688fdC56eE3E085e6b"
      ),
    ] as [(String, String, String)])
  func lifiRoutesStateWhatGoesInAndTheLeastThatComesOut(
    screen: String, headline: String, recipient: String
  ) throws {
    let raw = try Self.registryTransaction(
      file: "calldata-LIFIDiamond.tests.json", showing: screen)
    let result = try TxrayProcess.run([
      "--json", "--no-model", "--descriptors", Self.registryRoot + "/registry", raw,
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let object = try Self.json(result)
    #expect(object["headline"] as? String == headline)
    let intent = try #require(object["action"] as? [String: Any])
    #expect(intent["recipient"] as? String == recipient)
  }

  /// Universal Router calls encoded by uniswap-universal-router-decoder (see
  /// scripts/gen-universal-router-vectors.py), for router v2 and for v2.1.2, whose v4 swap
  /// structs carry `minHopPriceX36` before the amounts: what goes in, what comes out, and who
  /// receives it are the ones the encoder was given.
  static func universalRouterVectors() throws -> [[String: Any]] {
    let folder = TxrayProcess.packageRoot
      .appendingPathComponent("Tests/CLITests/Fixtures/universal-router")
    return try ["urd-2.1.0.json", "urd-3.1.0.json"].flatMap { name in
      let data = try Data(contentsOf: folder.appendingPathComponent(name))
      let document = try #require(JSONSerialization.jsonObject(with: data) as? [String: Any])
      return try #require(document["vectors"] as? [[String: Any]])
    }
  }

  @Test func universalRouterCallsEncodedByAnotherLibraryReadAsEncoded() throws {
    let signer = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"
    let vectors = try Self.universalRouterVectors()
    #expect(vectors.count == 10)
    for vector in vectors {
      let name = try #require(vector["name"] as? String)
      let value = try #require(UInt64(vector["value"] as? String ?? ""))
      let request: [String: Any] = [
        "chainId": "0x1", "from": signer, "to": vector["to"] ?? "", "data": vector["data"] ?? "",
        "value": "0x" + String(value, radix: 16), "nonce": "0x0", "gas": "0x60000",
        "maxFeePerGas": "0x3b9aca00", "maxPriorityFeePerGas": "0x1",
      ]
      let result = try TxrayProcess.run(
        ["--json", "--no-model"], stdin: try JSONSerialization.data(withJSONObject: request))
      #expect(result.status == 0 || result.status == 3, "\(name): \(result.stderr)")
      let object = try Self.json(result)
      let intent = try #require(object["action"] as? [String: Any], "\(name)")
      let expected = try #require(vector["expected"] as? [String: Any])
      for side in ["pays", "receives"] {
        let want = try #require(expected[side] as? [String])
        let parts = try #require(intent[side] as? [[String: Any]], "\(name) \(side)")
        let asset = parts.first?["asset"] as? [String: Any]
        #expect(asset?["symbol"] as? String == want[0], "\(name) \(side)")
        #expect(parts.first?["amount"] as? String == want[1], "\(name) \(side)")
        #expect(parts.first?["bound"] as? String == want[2], "\(name) \(side)")
      }
      let recipient = expected["recipient"] as? String
      #expect(intent["recipient"] as? String == recipient, "\(name)")
      #expect(
        Self.rules(object).contains("evm.swap-output-to-other") == (recipient != nil), "\(name)")
      // Each sets a least output somewhere in its plan (an unwrap's, a take's, a swap's).
      #expect(!Self.rules(object).contains("evm.swap-without-minimum"), "\(name)")
    }
  }

  @Test func aggregatorOutputToAnotherAccountIsAFindingForAnyOtherSigner() throws {
    // The real 1inch v3 swap above sends its output to 0x1F5e…05ee: as a request from that
    // account it is no finding; from anyone else it is.
    let raw = try Self.registryTransaction(
      file: "calldata-AggregationRouterV3.tests.json", showing: "")
    let decoded = try Self.json(try TxrayProcess.run(["--json", raw]))
    let data = try #require(decoded["data"] as? String)
    func request(from sender: String) -> Data {
      Data(
        """
        {"from":"\(sender)","to":"0x11111112542D85B3EF69AE05771c2dCCff4fAa26","chainId":"0x1",
         "value":"0x8e1bc9bf040000","data":"\(data)"}
        """.utf8)
    }
    let own = try TxrayProcess.run(
      ["--json"], stdin: request(from: "0x1F5ec35FD635b225bD46518D575aA5d4439205ee"))
    #expect(own.status == 0, "\(own.stderr)")
    #expect(!Self.rules(try Self.json(own)).contains("evm.swap-output-to-other"))
    let other = try TxrayProcess.run(
      ["--json"], stdin: request(from: "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"))
    let object = try Self.json(other)
    #expect(Self.rules(object).contains("evm.swap-output-to-other"))
    #expect(
      (object["headline"] as? String)?.hasPrefix(
        "You swap 0.04 ETH for at least 1096183.296274342997565471 PUSSY") == true)
  }

  @Test func paraSwapZeroBeneficiaryIsTheSender() throws {
    // swapExactAmountOut: at most 2489.591614 USDC in, exactly 1.18 ETH out, beneficiary 0.
    let raw = try Self.registryTransaction(
      file: "calldata-AugustusSwapper-v6.2.tests.json", showing: "Amount to Receive 1.18 ETH")
    let result = try TxrayProcess.run([
      "--json", "--descriptors", Self.registryRoot + "/registry", raw,
    ])
    let object = try Self.json(result)
    #expect(
      object["headline"] as? String
        == "You swap at most 2489.591614 USDC for 1.18 ETH through ParaSwap Augustus v6.2 "
        + "(0x6A00…1068)")
    #expect(!Self.rules(object).contains("evm.swap-output-to-other"))
    #expect(!result.stdout.contains("Hyperliquid"))
  }

  @Test func brokenDescriptorFilesAreSkippedWithOneWarningEach() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "txray-forgiving-\(getpid())")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    try Data("{\"context\": ".utf8).write(to: dir.appendingPathComponent("broken.json"))
    try Data("[1, 2]".utf8).write(to: dir.appendingPathComponent("package.json"))
    let tether = URL(fileURLWithPath: Self.registryRoot)
      .appendingPathComponent("registry/tether/calldata-usdt.json")
    try FileManager.default.copyItem(
      at: tether, to: dir.appendingPathComponent("calldata-usdt.json"))
    let approval = """
      {"from":"0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266",
       "to":"0xdAC17F958D2ee523a2206206994597C13D831ec7","chainId":"0x1","nonce":"0x1",
       "gas":"0xea60","maxFeePerGas":"0x6fc23ac00","maxPriorityFeePerGas":"0x3b9aca00",
       "data":"0x095ea7b3000000000000000000000000d8da6bf26964af9d7eed9e03e53415d37aa96045ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"}
      """
    let result = try TxrayProcess.run(
      ["--json", "--descriptors", dir.path], stdin: Data(approval.utf8))
    #expect(result.status == 0, "\(result.stderr)")
    let warnings = result.stderr.split(separator: "\n")
    #expect(warnings.count == 2)
    #expect(warnings.allSatisfy { $0.hasPrefix("txray: warning: skipped descriptor ") })
    #expect(warnings.contains { $0.contains("broken.json") })
    let object = try Self.json(result)
    #expect((object["warnings"] as? [String])?.count == 2)
    #expect((object["clearSigning"] as? [String: Any])?["intent"] as? String == "Approve")
  }

  /// Two real 0x API quotes (`transformERC20` on the 0x Exchange Proxy, Polygon), taken from a
  /// wallet's test data (see the fixture's `source`): what goes in, the least that comes out, and
  /// the proxy named.
  static func zeroExRequests() throws -> [Data] {
    let url = TxrayProcess.packageRoot
      .appendingPathComponent("Tests/CLITests/Fixtures/zeroex/transform-erc20-polygon.json")
    let document = try #require(
      JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    let requests = try #require(document["requests"] as? [[String: Any]])
    return try requests.map { try JSONSerialization.data(withJSONObject: $0) }
  }

  /// Each quote also pays the wallet's affiliate fee: the AffiliateFeeTransformer (deployment
  /// nonce 2 of Polygon's transformer deployer) sends 0.5% of the least output to the wallet's
  /// fee account. The amounts are the fixture's own, read with eth-abi:
  /// `decode(['(address,uint256,address)[]'], data)` of the nonce-2 transformation.
  @Test(arguments: [
    (
      0,
      "You swap 0.01 POL for at least 0.008048074765516468 CRV through 0x Exchange Proxy (0xDef1…5EfF)",
      "40240373827582", "0.000040240373827582 CRV"
    ),
    (
      1,
      "You swap 0.5 POL for at least 9.545451435696592844 BLANK through 0x Exchange Proxy (0xDef1…5EfF)",
      "47727257178482964", "0.047727257178482964 BLANK"
    ),
  ])
  func zeroExQuotesStateTheSwap(index: Int, headline: String, fee: String, feeText: String) throws {
    let request = try Self.zeroExRequests()[index]
    let result = try TxrayProcess.run(["--json"], stdin: request)
    #expect(result.status == 0, "\(result.stderr)")
    let object = try Self.json(result)
    #expect(object["headline"] as? String == headline)
    let action = try #require(object["action"] as? [String: Any])
    #expect(action["source"] as? String == "decodedCommands")
    #expect(action["recipient"] == nil || action["recipient"] is NSNull)
    #expect(!Self.rules(object).contains("evm.swap-output-to-other"))
    let fees = try #require(action["fees"] as? [[String: Any]])
    #expect(fees.count == 1)
    #expect(fees.first?["amount"] as? String == fee)
    #expect(fees.first?["party"] as? String == "0x99b36fDbC582D113aF36A21EBa06BFEAb7b9bE12")
    let text = try TxrayProcess.run(["--no-model"], stdin: request)
    #expect(text.stdout.contains("Of what moves, \(feeText) goes to 0x99b3…bE12."))
  }

  @Test func nestedBytesAreShortenedInText() throws {
    // The 0x quote's transformations are (uint32, bytes) tuples of up to 700 bytes each: the
    // text account shortens each one where it sits; JSON keeps them whole.
    let request = try Self.zeroExRequests()[1]
    let text = try TxrayProcess.run([], stdin: request)
    #expect(text.status == 0, "\(text.stderr)")
    let transformations = try #require(
      text.stdout.split(separator: "\n").first { $0.hasPrefix("    transformations ") })
    #expect(
      transformations.contains(
        "(deploymentNonce: 10, data: 0x0000000000000000…00000000 (768 bytes))"))
    #expect(
      transformations.contains(
        "(deploymentNonce: 2, data: 0x0000000000000000…b7b9be12 (160 bytes))"))
    #expect(transformations.count < 600)
    let json = try TxrayProcess.run(["--json"], stdin: request)
    #expect(json.stdout.contains("556e6973776170563300"))  // "UniswapV3", deep in a transformation
  }

  @Test func longCalldataIsShortenedInTextOnly() throws {
    let raw = try Self.registryTransaction("1inch: AggregationRouterV6: swap")
    let text = try TxrayProcess.run([raw])
    #expect(text.status == 0, "\(text.stderr)")
    let dataRow = try #require(
      text.stdout.split(separator: "\n").first { $0.hasPrefix("    data ") })
    #expect(dataRow.contains("…") && dataRow.hasSuffix(" (279 bytes)"))
    let json = try TxrayProcess.run(["--json", raw])
    #expect(json.stdout.count > text.stdout.count)
  }
}
