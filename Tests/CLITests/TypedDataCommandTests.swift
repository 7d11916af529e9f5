import Foundation
import Testing

/// End-to-end: `txray explain` on the typed-data samples, bare and as a JSON-RPC call, with and
/// without the public ERC-7730 registry, and on malformed input.
@Suite struct TypedDataCommandTests {
  static let registry = TxrayProcess.packageRoot
    .appendingPathComponent("../shared/testdata/erc7730/registry").standardized.path

  @Test func permit2SingleReadsAsAnUnlimitedAllowance() throws {
    let result = try TxrayProcess.run(["explain", TxrayProcess.sample("permit2-single.json")])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      result.stdout.hasPrefix(
        "Permit2 allowance: 0x66a9893cC07D91D95644AEDD05D03f95e1dBA8Af may spend up to UNLIMITED USDC until 2026-12-28 12:00 UTC\n"
      ))
    #expect(
      result.stdout.contains(
        "digest                      0xb15909a8f93408b8b2331eedba31528c1eff1b95837bcba5aac59617a24af106"
      ))
  }

  /// The spender is named as a transaction names it, on the chain the domain binds: the
  /// sample's Universal Router on mainnet. A domain on another chain names nobody there.
  @Test func permitSpenderIsNamedOnTheDomainsChain() throws {
    let sample = TxrayProcess.sample("permit2-single.json")
    let result = try TxrayProcess.run(["--no-model", sample])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      result.stdout.contains(
        "You sign a permit that lets Uniswap Universal Router (0x66a9…A8Af) spend all of your "
          + "USDC until 2026-12-28 12:00 UTC\n"))
    let text = try String(contentsOfFile: sample, encoding: .utf8)
    let onBase = text.replacingOccurrences(of: "\"chainId\": 1,", with: "\"chainId\": 8453,")
    #expect(onBase != text)
    let base = try TxrayProcess.run(["--no-model"], stdin: Data(onBase.utf8))
    #expect(base.status == 0, "\(base.stderr)")
    #expect(!base.stdout.contains("Uniswap Universal Router"))
    #expect(base.stdout.contains("lets 0x66a9…A8Af spend"))
  }

  /// Safe transactions from `scripts/gen-safe-vectors.py` (eth-abi encodes the calls, eth-account
  /// the EIP-712 digests).
  static func safeVector(_ name: String) throws -> [String: Any] {
    let url = TxrayProcess.packageRoot.appendingPathComponent(
      "Tests/CLITests/Fixtures/safe/vectors.json")
    let all = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any]
    return try #require(all?[name] as? [String: Any])
  }

  static func runSafe(_ name: String, key: String = "typedData", json: Bool = false) throws
    -> TxrayProcess.Result
  {
    let input = try JSONSerialization.data(withJSONObject: try #require(safeVector(name)[key]))
    return try TxrayProcess.run(["--no-model"] + (json ? ["--json"] : []), stdin: input)
  }

  /// A Safe transaction that DELEGATECALLs a contract other than Safe's batching libraries is
  /// the critical finding, whatever the call inside looks like (a plain token transfer here, as
  /// the Bybit signers were shown in February 2025).
  @Test(arguments: [("delegatecall", "typedData"), ("execDelegatecall", "request")])
  func safeDelegateCallIsCritical(name: String, key: String) throws {
    let result = try Self.runSafe(name, key: key)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      result.stdout.contains(
        "[critical] evm.delegatecall: 0x1111…1111 runs the code at 0x2222…2222 as itself "
          + "(DELEGATECALL): that code can move everything 0x1111…1111 holds and change who "
          + "controls it."))
    let headline =
      key == "typedData"
      ? "You sign a Safe transaction that makes 0x1111…1111 run the code at 0x2222…2222 as itself"
      : "You make 0x1111…1111 run the code at 0x2222…2222 as itself"
    #expect(result.stdout.contains(headline + "\n"), "\(result.stdout)")
  }

  @Test(arguments: [
    ("transfer", "You sign a Safe transaction in which 0x1111…1111 sends 100 USDC to 0xd8dA…6045"),
    ("ether", "You sign a Safe transaction in which 0x1111…1111 sends 1 ETH to 0xd8dA…6045"),
    (
      "multisend",
      "You sign a Safe transaction in which 0x1111…1111 makes a batch of calls through Safe "
        + "MultiSendCallOnly 1.3.0 (0x40A2…130D)"
    ),
  ])
  func safeTransactionSaysWhatTheSafeDoes(name: String, headline: String) throws {
    let result = try Self.runSafe(name)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains(headline + "\n"), "\(result.stdout)")
    #expect(!result.stdout.contains("evm.delegatecall"))
    #expect(!result.stdout.contains("not one txray recognises"))
    if name == "multisend" {
      #expect(result.stdout.contains("in it, 0x1111…1111 sends 100 USDC to 0xd8dA…6045."))
    }
    // The digest is eth-account's.
    let json =
      try JSONSerialization.jsonObject(
        with: Data(try Self.runSafe(name, json: true).stdout.utf8)) as? [String: Any]
    let typed = try #require(json?["typedData"] as? [String: Any])
    #expect(typed["digest"] as? String == (try Self.safeVector(name)["digest"] as? String))
  }

  @Test func eip2612PermitFromJSONRPCCall() throws {
    let result = try TxrayProcess.run(["explain", TxrayProcess.sample("eip2612-permit.json")])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      result.stdout.hasPrefix(
        "EIP-2612 permit: 0x66a9893cC07D91D95644AEDD05D03f95e1dBA8Af may spend up to 1000 USDC until 2026-12-01 00:00 UTC"
      ))
    #expect(
      result.stdout.contains("signer                 0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"))
  }

  /// The Seaport order of the typed-data vectors (digest from eth-account): what it offers
  /// and what comes back, never "a message txray does not recognise"; with nothing coming back
  /// to the offerer (a drainer's "list for 0") it is critical.
  @Test func seaportOrderSaysWhatItTradesAndCatchesAnOrderForNothing() throws {
    let vectors = try JSONSerialization.jsonObject(
      with: Data(
        contentsOf: TxrayProcess.packageRoot.appendingPathComponent(
          "Tests/EVMTests/Fixtures/typed-data-vectors.json")))
    let vector = try #require(
      (vectors as? [[String: Any]])?.first { $0["name"] as? String == "seaport-order" })
    var order = try #require(vector["typedData"] as? [String: Any])
    let listing = try TxrayProcess.run(
      ["--no-model", "--json"], stdin: try JSONSerialization.data(withJSONObject: order))
    #expect(listing.status == 0, "\(listing.stderr)")
    let object = try #require(
      JSONSerialization.jsonObject(with: Data(listing.stdout.utf8)) as? [String: Any])
    #expect(
      object["headline"] as? String
        == "You sign an order that offers token #8520 of the collection at 0xBC4C…f13D for "
        + "9.75 ETH through Seaport 1.6 (OpenSea) (0x0000…B395)")
    let text = try #require((object["explanation"] as? [String: Any])?["text"] as? String)
    #expect(text.contains("whoever holds the signature can fill the order until 2026-12-28"))
    #expect(text.contains("Of what moves, 0.25 ETH goes to 0x0000…a719."))
    #expect(!text.contains("not one txray recognises"))
    let action = try #require(object["action"] as? [String: Any])
    #expect(action["source"] as? String == "signedOrder")
    #expect((action["pays"] as? [[String: Any]])?.first?["tokenId"] as? String == "8520")
    #expect((object["findings"] as? [Any])?.isEmpty == true)

    var message = try #require(order["message"] as? [String: Any])
    message["consideration"] = [
      Self.seaportItem(
        type: 0, token: "0x0000000000000000000000000000000000000000", amount: "1",
        recipient: "0x7777777777777777777777777777777777777777")
    ]
    order["message"] = message
    let free = try TxrayProcess.run(
      ["--no-model", "--json"], stdin: try JSONSerialization.data(withJSONObject: order))
    let freeObject = try #require(
      JSONSerialization.jsonObject(with: Data(free.stdout.utf8)) as? [String: Any])
    let finding = try #require((freeObject["findings"] as? [[String: Any]])?.first)
    #expect(finding["rule"] as? String == "evm.order-for-nothing")
    #expect(finding["severity"] as? String == "critical")
    #expect(
      finding["message"] as? String
        == "Signing this order lets whoever holds the signature take token #8520 of the "
        + "collection at 0xBC4C…f13D until 2026-12-28 12:00 UTC, and you receive nothing for it.")

    // A drainer's way around a check for an empty list: an item of 0 ETH to the offerer, or a
    // Dutch auction from 1 ETH down to 0 that the filler waits out.
    for (start, end, ending) in [
      ("0", "0", "and you receive nothing for it."),
      ("1000000000000000000", "0", "and what you receive can be nothing."),
    ] {
      var item = Self.seaportItem(
        type: 0, token: "0x0000000000000000000000000000000000000000", amount: start,
        recipient: "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266")
      item["endAmount"] = end
      message["consideration"] = [item]
      order["message"] = message
      let zero =
        try JSONSerialization.jsonObject(
          with: Data(
            try TxrayProcess.run(
              ["--no-model", "--json"], stdin: try JSONSerialization.data(withJSONObject: order)
            ).stdout.utf8)) as? [String: Any]
      let zeroFinding = try #require((zero?["findings"] as? [[String: Any]])?.first, "\(start)")
      #expect(zeroFinding["rule"] as? String == "evm.order-for-nothing")
      #expect(zeroFinding["severity"] as? String == "critical")
      #expect(
        (zeroFinding["message"] as? String)?.hasSuffix("until 2026-12-28 12:00 UTC, " + ending)
          == true)
      let zeroText = (zero?["explanation"] as? [String: Any])?["text"] as? String
      #expect(zeroText?.contains(ending) == true, "\(start)")
    }

    // A collection bid: WETH offered for any token the criteria allow, none named.
    message["offer"] = [
      Self.seaportItem(
        type: 1, token: "0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2", amount: "5000000000000000000")
    ]
    message["consideration"] = [
      Self.seaportItem(
        type: 4, token: "0xBC4CA0EdA7647A8aB7C2061c2E118A18a936f13D", amount: "1",
        recipient: "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266")
    ]
    order["message"] = message
    let bid = try TxrayProcess.run(
      ["--no-model"], stdin: try JSONSerialization.data(withJSONObject: order))
    #expect(
      bid.stdout.contains(
        "You sign an order that offers 5 WETH for a token of the collection at 0xBC4C…f13D "
          + "through Seaport 1.6 (OpenSea) (0x0000…B395)\n"), "\(bid.stdout)")
  }

  /// A Seaport offer item, or a consideration item when it has a recipient; id 0, one amount.
  static func seaportItem(type: Int, token: String, amount: String, recipient: String? = nil)
    -> [String: Any]
  {
    var item: [String: Any] = [
      "itemType": type, "token": token, "identifierOrCriteria": "0", "startAmount": amount,
      "endAmount": amount,
    ]
    item["recipient"] = recipient
    return item
  }

  @Test func jsonHasEveryDocumentedField() throws {
    let result = try TxrayProcess.run([
      "explain", "--json", TxrayProcess.sample("permit2-single.json"),
    ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.hasSuffix("}\n") && result.stdout.filter { $0 == "\n" }.count == 1)
    let object = try #require(
      JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect(object["chain"] as? String == "evm")
    #expect(object["format"] as? String == "typedData")
    #expect(object["findings"] as? [Any] != nil)
    #expect(object["clearSigning"] is NSNull)
    #expect((object["intent"] as? String)?.hasPrefix("Permit2 allowance") == true)
    let typed = try #require(object["typedData"] as? [String: Any])
    for key in [
      "domain", "primaryType", "encodeType", "signer", "domainSeparator", "messageHash", "digest",
      "message", "summary",
    ] {
      #expect(typed[key] != nil, "missing typedData.\(key)")
    }
    #expect(
      typed["digest"] as? String
        == "0xb15909a8f93408b8b2331eedba31528c1eff1b95837bcba5aac59617a24af106")
    let message = try #require(typed["message"] as? [String: Any])
    let details = try #require(message["details"] as? [String: Any])
    #expect(details["amount"] as? String == "1461501637330902918203684832716283019655932542975")
    let summary = try #require(typed["summary"] as? [String: Any])
    #expect(summary["kind"] as? String == "permit2Single")
    #expect(summary["spender"] as? String == "0x66a9893cC07D91D95644AEDD05D03f95e1dBA8Af")
    let token = try #require((summary["tokens"] as? [[String: Any]])?.first)
    #expect(token["unlimited"] as? Bool == true)
    #expect(token["expirationUTC"] as? String == "2026-12-28 12:00 UTC")
  }

  @Test func descriptorFromRegistryAddsIntentAndFields() throws {
    let result = try TxrayProcess.run([
      "explain", "--json", "--descriptors", Self.registry,
      TxrayProcess.sample("permit2-single.json"),
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let object = try #require(
      JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect(object["intent"] as? String == "Authorize spending of token")
    let clearSigning = try #require(object["clearSigning"] as? [String: Any])
    #expect(clearSigning["descriptor"] as? String == "uniswap/eip712-uniswap-permit2.json")
    let labels = (clearSigning["fields"] as? [[String: Any]])?.compactMap { $0["label"] as? String }
    #expect(labels == ["Spender", "Amount allowance", "Approval expires"])
  }

  @Test func malformedTypedDataNamesTheField() throws {
    let bad =
      #"{"types":{"A":[{"name":"v","type":"uint8"}]},"primaryType":"A","domain":{},"message":{"v":300}}"#
    let result = try TxrayProcess.run(["explain"], stdin: Data(bad.utf8))
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    #expect(
      result.stderr == "txray: bad input: typed data: message.v: 300 is out of range for uint8\n")
  }

  /// A broken file is skipped, not fatal (issue 15): one warning line names it, and the
  /// explanation is still printed.
  @Test func malformedDescriptorNamesTheFile() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "txray-desc-\(getpid())")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    try Data("{\"context\": ".utf8).write(to: dir.appendingPathComponent("broken.json"))
    let result = try TxrayProcess.run([
      "explain", "--descriptors", dir.path, TxrayProcess.sample("permit2-single.json"),
    ])
    #expect(result.status == 0)
    #expect(
      result.stderr.hasPrefix(
        "txray: warning: skipped descriptor broken.json: broken.json is not valid JSON"))
    #expect(result.stderr.filter { $0 == "\n" }.count == 1)
    #expect(result.stdout.contains("Permit2"))
  }

  @Test func missingDescriptorDirectoryIsBadInput() throws {
    let result = try TxrayProcess.run([
      "explain", "--descriptors", "/nonexistent/txray", TxrayProcess.sample("permit2-single.json"),
    ])
    #expect(result.status == 2)
    #expect(result.stderr.contains("descriptors directory '/nonexistent/txray'"))
  }

  @Test func descriptorSetsTheIntentOfATransactionCall() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "txray-call-\(getpid())")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let descriptor = #"""
      {"context":{"contract":{"deployments":[{"chainId":1,"address":"0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48"}]}},
       "metadata":{"owner":"Circle","token":{"ticker":"USDC","decimals":6}},
       "display":{"formats":{"approve(address spender,uint256 value)":{"intent":"Approve USDC spending",
         "fields":[{"path":"value","label":"Amount","format":"tokenAmount","params":{"tokenPath":"@.to"}}]}}}}
      """#
    try Data(descriptor.utf8).write(to: dir.appendingPathComponent("usdc.json"))
    let result = try TxrayProcess.run([
      "explain", "--json", "--descriptors", dir.path,
      TxrayProcess.sample("erc20-approve-unlimited.hex"),
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let object = try #require(
      JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let call = try #require(object["call"] as? [String: Any])
    #expect(call["intent"] as? String == "Approve USDC spending")
    #expect(call["source"] as? String == "descriptor")
  }

  /// A function no registry knows, declared by a descriptor for this contract: the call is
  /// decoded with the descriptor's declaration (calldata from eth-abi).
  @Test func descriptorDecodesACallTheRegistryCannot() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "txray-frob-\(getpid())")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let descriptor = #"""
      {"context":{"contract":{"deployments":[{"chainId":1,"address":"0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48"}]}},
       "display":{"formats":{"frobnicate(uint256 amount, address to)":{"intent":"Frobnicate",
         "fields":[{"path":"amount","label":"Amount","format":"tokenAmount","params":{"tokenPath":"@.to"}}]}}}}
      """#
    try Data(descriptor.utf8).write(to: dir.appendingPathComponent("frob.json"))
    let request = #"""
      {"from":"0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266","to":"0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48",
       "chainId":"0x1","data":"0x5c04b43b00000000000000000000000000000000000000000000000000000000004c4b40000000000000000000000000d8da6bf26964af9d7eed9e03e53415d37aa96045"}
      """#
    let result = try TxrayProcess.run(
      ["explain", "--json", "--descriptors", dir.path], stdin: Data(request.utf8))
    #expect(result.status == 0, "\(result.stderr)")
    let object = try #require(
      JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let call = try #require(object["call"] as? [String: Any])
    #expect(call["signature"] as? String == "frobnicate(uint256,address)")
    #expect(call["intent"] as? String == "Frobnicate")
    #expect(call["source"] as? String == "descriptor")
    let names = (call["arguments"] as? [[String: Any]])?.compactMap { $0["name"] as? String }
    #expect(names == ["amount", "to"])
  }
}
