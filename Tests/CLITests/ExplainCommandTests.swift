import Foundation
import Testing

/// End-to-end: the real executable on the bundled samples, as a user pipes or passes them.
@Suite struct ExplainCommandTests {
  @Test func explainsSampleFileAsText() throws {
    let result = try TxrayProcess.run(["explain", TxrayProcess.sample("eip1559-eth-transfer.hex")])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.isEmpty)
    #expect(result.stdout.contains("EIP-1559 transaction (type 2), signed"))
    #expect(result.stdout.contains("1.5 ETH"))
    #expect(result.stdout.contains("Ethereum mainnet (chain 1)"))
    #expect(result.stdout.contains("yes, under Osaka rules"))
  }

  @Test func defaultCommandReadsStdin() throws {
    let hex = try String(
      contentsOfFile: TxrayProcess.sample("eip1559-eth-transfer.hex"), encoding: .utf8)
    let piped = try TxrayProcess.run([], stdin: Data(hex.utf8))
    let direct = try TxrayProcess.run([
      "explain", hex.trimmingCharacters(in: .whitespacesAndNewlines),
    ])
    #expect(piped.status == 0, "\(piped.stderr)")
    #expect(piped.stdout == direct.stdout)
  }

  @Test func toleratesWhitespaceAndMissingPrefix() throws {
    let hex = try String(
      contentsOfFile: TxrayProcess.sample("eip1559-eth-transfer.hex"), encoding: .utf8
    )
    .trimmingCharacters(in: .whitespacesAndNewlines)
    let bare = String(hex.dropFirst(2))
    var spaced = ""
    for (i, ch) in bare.enumerated() {
      if i > 0 && i % 16 == 0 { spaced += i % 64 == 0 ? "\n" : " " }
      spaced.append(ch)
    }
    let a = try TxrayProcess.run(["--json"], stdin: Data(hex.utf8))
    let b = try TxrayProcess.run(["--json"], stdin: Data(("  " + spaced + "\n\n").utf8))
    #expect(b.status == 0, "\(b.stderr)")
    #expect(a.stdout == b.stdout)
  }

  /// A file saved by a Windows editor opens with a byte order mark; it is not part of the
  /// transaction, whichever kind the file holds.
  @Test(arguments: [
    "erc20-transfer.hex", "request.json", "near-ft-transfer.b64", "permit2-single.json",
  ])
  func byteOrderMarkIsIgnored(sample: String) throws {
    let text = try Data(contentsOf: URL(fileURLWithPath: TxrayProcess.sample(sample)))
    let plain = try TxrayProcess.run(["--json", "--no-model"], stdin: text)
    let marked = try TxrayProcess.run(
      ["--json", "--no-model"], stdin: Data([0xEF, 0xBB, 0xBF]) + text)
    #expect(marked.status == 0, "\(marked.stderr)")
    #expect(marked.stdout == plain.stdout)
  }

  /// Windows PowerShell's `>` writes UTF-16 with a byte order mark: such a file reads as the
  /// same text in either byte order; UTF-16 that does not decode is one clear line.
  @Test(arguments: ["erc20-transfer.hex", "request.json", "permit2-single.json"])
  func utf16TextReadsAsItsText(sample: String) throws {
    let text = try String(contentsOfFile: TxrayProcess.sample(sample), encoding: .utf8)
    let plain = try TxrayProcess.run(["--json", "--no-model"], stdin: Data(text.utf8))
    for (mark, order) in [([UInt8]([0xFF, 0xFE]), true), ([0xFE, 0xFF], false)] {
      let units = text.utf16.flatMap { unit -> [UInt8] in
        let (low, high) = (UInt8(unit & 0xFF), UInt8(unit >> 8))
        return order ? [low, high] : [high, low]
      }
      let result = try TxrayProcess.run(["--json", "--no-model"], stdin: Data(mark + units))
      #expect(result.status == 0, "\(result.stderr)")
      #expect(result.stdout == plain.stdout)
    }
    let odd = try TxrayProcess.run(["--no-model"], stdin: Data([0xFF, 0xFE, 0x30, 0x00, 0x78]))
    #expect(odd.status == 2)
    #expect(odd.stderr == "txray: bad input: stdin opens as UTF-16 text but is not valid UTF-16\n")
  }

  /// A mistyped file name is said to be missing, not decoded as base64 ("invalid character '-'
  /// at offset 11"); an account id keeps its own hint.
  @Test func aMissingFileIsNamed() throws {
    for path in ["/tmp/no-such-permit.json", "samples/nosuch.hex", "queue.b64", "~/tx.txt"] {
      let result = try TxrayProcess.run(["--no-model", path])
      #expect(result.status == 2)
      #expect(
        result.stderr
          == "txray: bad input: cannot read file '\(path)': No such file or directory\n")
    }
    let account = try TxrayProcess.run(["--no-model", "alice.near"])
    #expect(account.stderr.contains("reads like a NEAR account id"))
  }

  @Test func jsonHasEveryDocumentedField() throws {
    let result = try TxrayProcess.run([
      "explain", "--json", TxrayProcess.sample("eip1559-eth-transfer.hex"),
    ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.hasSuffix("}\n") && result.stdout.filter { $0 == "\n" }.count == 1)
    let object = try #require(
      JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    for key in [
      "chain", "format", "type", "chainId", "nonce", "from", "to", "value", "gasLimit",
      "maxFeePerGas",
      "maxPriorityFeePerGas", "data", "hash", "accessList", "blobVersionedHashes",
      "authorizationList",
      "valid", "invalidReason", "findings",
    ] {
      #expect(object[key] != nil, "missing \(key)")
    }
    #expect(object["chain"] as? String == "evm")
    #expect(object["format"] as? String == "signed")
    #expect(object["type"] as? String == "2")
    #expect(object["chainId"] as? String == "1")
    #expect(object["value"] as? String == "1500000000000000000")
    #expect(object["valid"] as? Bool == true)
    #expect(object["invalidReason"] is NSNull)
    #expect(object["findings"] as? [Any] != nil)
  }

  @Test func unsignedPayloadHasNoSenderOrHash() throws {
    let result = try TxrayProcess.run(["--json", TxrayProcess.sample("unsigned-eip1559.hex")])
    #expect(result.status == 0, "\(result.stderr)")
    let object = try #require(
      JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect(object["format"] as? String == "unsigned")
    #expect(object["from"] is NSNull)
    #expect(object["hash"] is NSNull)
  }

  @Test func readsJSONRequest() throws {
    let result = try TxrayProcess.run(["--json", "--file", TxrayProcess.sample("request.json")])
    #expect(result.status == 0, "\(result.stderr)")
    let object = try #require(
      JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect(object["format"] as? String == "request")
  }

  /// Apps usually pass only from/to/data; the wallet fills in the rest. Those values must read
  /// as unknown, not as zero, and must not make the request look invalid.
  @Test func partialRequestLeavesFieldsToWallet() throws {
    let request = """
      {"from":"0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266",
       "to":"0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48","data":"0x"}
      """
    let result = try TxrayProcess.run(["--json"], stdin: Data(request.utf8))
    #expect(result.status == 0, "\(result.stderr)")
    let object = try #require(
      JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect(
      object["unsetFields"] as? [String] == [
        "chainId", "nonce", "gas", "maxFeePerGas", "maxPriorityFeePerGas",
      ])
    for key in ["nonce", "gasLimit", "maxFeePerGas", "feeCeiling", "signingHash", "chainId"] {
      #expect(object[key] is NSNull, "\(key) should be null")
    }
    #expect(object["valid"] as? Bool == true)
    let text = try TxrayProcess.run([], stdin: Data(request.utf8))
    #expect(text.stdout.contains("not known yet: the wallet sets the gas limit and fees"))
  }

  @Test func legacyWithoutChainIdSaysReplayable() throws {
    let result = try TxrayProcess.run([TxrayProcess.sample("legacy-no-chainid.hex")])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("replayable on every EVM chain"))
  }

  /// Without a chain id, 0.1 is of whichever chain's coin the transaction is replayed on: no
  /// line may call it ETH without saying that is Ethereum mainnet's, and `--chain-id` names it.
  @Test func legacyWithoutChainIdHedgesItsCoin() throws {
    let sample = TxrayProcess.sample("legacy-no-chainid.hex")
    let result = try TxrayProcess.run(["--no-model", sample])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      result.stdout.contains(
        "value         0.1 ETH on Ethereum mainnet; on another chain, 0.1 of its coin"))
    #expect(
      result.stdout.contains("You send 0.1 ETH to 0xd8dA…6045, if this is Ethereum mainnet\n"))
    #expect(
      result.stdout.contains(
        "The transaction names no chain: its ETH is Ethereum mainnet's coin, if that is where it "
          + "is sent; elsewhere the amount is of that chain's coin."))
    let polygon = try TxrayProcess.run(["--no-model", "--chain-id", "137", sample])
    #expect(polygon.stdout.contains("You send 0.1 POL to 0xd8dA…6045, if this is Polygon PoS\n"))
    // A chain id in the transaction leaves nothing to hedge.
    let bound = try TxrayProcess.run(["--no-model", TxrayProcess.sample("legacy-eip155.hex")])
    #expect(!bound.stdout.contains("if this is"))
    #expect(!bound.stdout.contains("on another chain"))
  }

  /// `--chain-id` is the chain the caller signs on: a transaction or typed data bound to
  /// another chain would act there, so it is refused, as the caller's wallet would refuse it.
  @Test func chainIdOptionRefusesInputForAnotherChain() throws {
    let mainnet = TxrayProcess.sample("legacy-eip155.hex")
    let refused = try TxrayProcess.run(["--no-model", "--chain-id", "137", mainnet])
    #expect(refused.status == 2)
    #expect(refused.stdout.isEmpty)
    #expect(
      refused.stderr
        == "txray: bad input: the input is for Ethereum mainnet (chain 1), not Polygon PoS "
        + "(chain 137) as --chain-id says\n")
    let same = try TxrayProcess.run(["--no-model", "--chain-id", "1", mainnet])
    #expect(same.status == 0, "\(same.stderr)")
    let permit = try TxrayProcess.run(
      ["--no-model", "--chain-id", "42161", TxrayProcess.sample("eip2612-permit.json")])
    #expect(permit.status == 2)
    #expect(
      permit.stderr.contains(
        "the input is for Ethereum mainnet (chain 1), not Arbitrum One (chain 42161)"))
    // In a batch the line is an error record; the other lines are explained.
    let lines =
      try String(contentsOfFile: mainnet, encoding: .utf8)
      + (try String(contentsOfFile: TxrayProcess.sample("legacy-no-chainid.hex"), encoding: .utf8))
    let batch = try TxrayProcess.run(
      ["batch", "--no-model", "--format", "jsonl", "--chain-id", "137", "-"],
      stdin: Data(lines.utf8))
    #expect(batch.status == 2)
    let records = batch.stdout.split(separator: "\n")
    #expect(records.count == 2)
    #expect(records.first?.contains("not Polygon PoS (chain 137) as --chain-id says") == true)
    #expect(records.last?.contains("0.1 POL") == true)
  }

  @Test func forkOptionChangesValidity() throws {
    let result = try TxrayProcess.run([
      "--fork", "berlin", "--json", TxrayProcess.sample("eip1559-eth-transfer.hex"),
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let object = try #require(
      JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect(object["valid"] as? Bool == false)
    #expect((object["invalidReason"] as? String)?.isEmpty == false)
  }

  @Test(arguments: [
    "eip1559-eth-transfer.hex", "erc20-approve-unlimited.hex", "erc20-transfer.hex",
    "legacy-no-chainid.hex",
    "legacy-eip155.hex", "eip2930-access-list.hex", "eip4844-blob.hex", "eip7702-delegation.hex",
    "contract-creation.hex", "unsigned-eip1559.hex", "request.json",
  ])
  func everySampleExplains(name: String) throws {
    let text = try TxrayProcess.run([TxrayProcess.sample(name)])
    #expect(text.status == 0, "\(name): \(text.stderr)")
    let json = try TxrayProcess.run(["--json", TxrayProcess.sample(name)])
    #expect(json.status == 0, "\(name): \(json.stderr)")
    #expect((try? JSONSerialization.jsonObject(with: Data(json.stdout.utf8))) != nil)
  }
}
