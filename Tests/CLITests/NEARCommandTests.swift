import Foundation
import Testing

/// End-to-end NEAR: the bundled samples, detection beside EVM input, hostile strings and bad input.
@Suite struct NEARCommandTests {
  static func sampleText(_ name: String) -> String {
    ((try? String(contentsOfFile: TxrayProcess.sample(name), encoding: .utf8)) ?? "")
      .trimmingCharacters(in: .whitespacesAndNewlines)
  }

  static func json(_ result: TxrayProcess.Result) throws -> [String: Any] {
    try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
  }

  @Test(arguments: [
    "near-ft-transfer.b64", "near-add-full-access-key.b64", "near-delegate.b64",
    "near-rpc-transaction.json",
  ])
  func everyNEARSampleExplains(name: String) throws {
    let text = try TxrayProcess.run([TxrayProcess.sample(name)])
    #expect(text.status == 0, "\(name): \(text.stderr)")
    #expect(text.stdout.hasPrefix("NEAR "))
    let result = try TxrayProcess.run(["--json", TxrayProcess.sample(name)])
    #expect(result.status == 0, "\(name): \(result.stderr)")
    let object = try Self.json(result)
    for key in [
      "chain", "format", "signerId", "publicKey", "nonce", "receiverId", "blockHash", "hash",
      "signatureValid", "actions", "findings",
    ] {
      #expect(object.keys.contains(key), "\(name) lacks \(key)")
    }
    #expect(object["chain"] as? String == "near")
    #expect(object["signatureValid"] as? Bool == true)
    let rules = (object["findings"] as? [[String: Any]])?.compactMap { $0["rule"] as? String }
    #expect(rules == Self.expectedRules[name], "\(name): \(rules ?? [])")
  }

  /// NEAR's `simulation` object speaks the schema the man page gives for both chains: `status`
  /// "success", "failure", "invalid" or "notSimulated", and `reason`, for the whole transaction
  /// and for each receipt.
  /// Staking-pool and wNEAR calls say what they are for and how much (transactions built and
  /// signed with py-near-primitives and PyNaCl, the key of scripts/gen-near-vectors.py).
  @Test(arguments: [
    (
      "CgAAAGFsaWNlLm5lYXIA7RHlTlB9HUaDNzCtNyoRrRI3OqEkPKu7Hkn+JHq1D0kHAAAAAAAAABMAAABmaWdtZW50LnBvb2x2MS5uZWFySWrKgOTY8p+46M2BbDr7SNPxA5cLOi7hYAwIymcybe4BAAAAAhEAAABkZXBvc2l0X2FuZF9zdGFrZQIAAAB7fQAgPYh5LQAAAAAASkgBFBaVRQgAAAAAAAD3TxMnufEPFUwEOJALluFbq7u15ZptaC74v7a/1tt+N2rKkkTfeH9/6W2/HHhqymtscSl+U2Vg0KZRhN2Lz1EH",
      "You deposit and stake NEAR through figment.poolv1.near: Amount 10 NEAR"
    ),
    (
      "CgAAAGFsaWNlLm5lYXIA7RHlTlB9HUaDNzCtNyoRrRI3OqEkPKu7Hkn+JHq1D0kHAAAAAAAAABMAAABmaWdtZW50LnBvb2x2MS5uZWFySWrKgOTY8p+46M2BbDr7SNPxA5cLOi7hYAwIymcybe4BAAAAAgcAAAB1bnN0YWtlJgAAAHsiYW1vdW50IjoiMjUwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMCJ9ACA9iHktAAAAAAAAAAAAAAAAAAAAAAAAAMPm0Nf1WlCPq7yAWCgrSN803uJMp0wIxJknv18uPgWhnzEYDqVIA6H0/PfZ90YcHdjX3QFLMhx9EDkHmvcvBgY=",
      "You unstake NEAR through figment.poolv1.near: Amount 2.5 NEAR"
    ),
    (
      "CgAAAGFsaWNlLm5lYXIA7RHlTlB9HUaDNzCtNyoRrRI3OqEkPKu7Hkn+JHq1D0kHAAAAAAAAAAkAAAB3cmFwLm5lYXJJasqA5Njyn7jozYFsOvtI0/EDlws6LuFgDAjKZzJt7gEAAAACDQAAAG5lYXJfd2l0aGRyYXcmAAAAeyJhbW91bnQiOiIxMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwIn0A4FfrSBsAAAEAAAAAAAAAAAAAAAAAAAAAfvZxdam6+GynRcO+YwcQLzrv7KDsaIY3Wv+ca3vcsWL4rP1CmMSuNMVRyp+woQrvGNl5OloYmo3qPOUhnHNmDA==",
      "You unwrap wNEAR into NEAR through wrap.near: Amount 1 wNEAR"
    ),
  ])
  func stakingAndWrappingCallsSayWhatTheyAreFor(base64: String, headline: String) throws {
    let result = try TxrayProcess.run(["--no-model", base64])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("\n" + headline + "\n"), "\(result.stdout)")
    #expect(result.stdout.contains("Txray names the call by its method name"))
  }

  @Test func simulationUsesTheSchemaOfBothChains() throws {
    let result = try TxrayProcess.run([
      "--json", "--state", TxrayProcess.sample("near-ft-transfer-call.state.json"),
      TxrayProcess.sample("near-ft-transfer-call.b64"),
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let simulation = try #require(try Self.json(result)["simulation"] as? [String: Any])
    #expect(simulation["status"] as? String == "success")
    #expect(simulation.keys.contains("reason"))
    #expect(!simulation.keys.contains("failure"))
    let receipts = try #require(simulation["receipts"] as? [[String: Any]])
    #expect(!receipts.isEmpty)
    for receipt in receipts {
      let status = receipt["status"] as? String
      #expect(["success", "failure", "notSimulated"].contains(status), "\(receipt)")
      #expect(!receipt.keys.contains("failure"))
    }
  }

  /// What the risk rules must find in each NEAR sample, worst first.
  static let expectedRules: [String: [String]] = [
    "near-add-full-access-key.b64": ["near.full-access-key"],
    "near-delegate.b64": ["near.delegate-action"],
    "near-ft-transfer.b64": [],
    "near-rpc-transaction.json": [],
  ]

  @Test func ftTransferTextSaysWhatMoves() throws {
    let result = try TxrayProcess.run([], stdin: Data(Self.sampleText("near-ft-transfer.b64").utf8))
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("NEAR transaction (V0), signed"))
    #expect(result.stdout.contains("NEP-141: sends 250000000 base units"))
    #expect(result.stdout.contains("valid ed25519 signature"))
    #expect(result.stdout.contains("0.000000000000000000000001 NEAR"))
    #expect(result.stdout.contains("at most 0.03 NEAR"))
  }

  @Test func fullAccessKeyIsSpelledOut() throws {
    let result = try TxrayProcess.run([TxrayProcess.sample("near-add-full-access-key.b64")])
    #expect(result.stdout.contains("FULL ACCESS"))
    let object = try Self.json(
      try TxrayProcess.run(["--json", TxrayProcess.sample("near-add-full-access-key.b64")]))
    let action = try #require((object["actions"] as? [[String: Any]])?.first)
    #expect(action["type"] as? String == "AddKey")
    #expect((action["permission"] as? [String: Any])?["kind"] as? String == "FullAccess")
  }

  /// Hex Borsh, with or without 0x, is told apart from EVM hex by its first bytes.
  @Test func hexIsDetectedAsNEAR() throws {
    let bytes = try #require(Data(base64Encoded: Self.sampleText("near-ft-transfer.b64")))
    let hex = bytes.map { String(format: "%02x", $0) }.joined()
    let base = try Self.json(
      try TxrayProcess.run(["--json", TxrayProcess.sample("near-ft-transfer.b64")]))
    for text in [hex, "0x" + hex, "  " + hex.uppercased() + "\n"] {
      let result = try TxrayProcess.run(["--json"], stdin: Data(text.utf8))
      #expect(result.status == 0, "\(result.stderr)")
      let object = try Self.json(result)
      #expect(object["hash"] as? String == base["hash"] as? String)
    }
    let evm = try TxrayProcess.run(["--json", TxrayProcess.sample("eip1559-eth-transfer.hex")])
    #expect(try Self.json(evm)["chain"] as? String == "evm")
  }

  /// An RPC view has no block hash: its signature proves the stated hash was signed, and the
  /// text does not let that read as a proof of the fields.
  @Test func rpcViewSignatureIsOfTheStatedHashOnly() throws {
    let result = try TxrayProcess.run([
      "--no-model", TxrayProcess.sample("near-rpc-transaction.json"),
    ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      result.stdout.contains(
        "signature      valid ed25519 signature by the public key of the stated hash; the view "
          + "has no block hash, so nothing ties that hash to the fields shown"))
    let signed = try TxrayProcess.run(["--no-model", TxrayProcess.sample("near-ft-transfer.b64")])
    #expect(signed.stdout.contains("signature      valid ed25519 signature by the public key\n"))
  }

  @Test func rpcResponseIsDetected() throws {
    let view = Self.sampleText("near-rpc-transaction.json")
    let response = #"{"jsonrpc":"2.0","id":"x","result":{"transaction":"# + view + "}}"
    let result = try TxrayProcess.run(["--json"], stdin: Data(response.utf8))
    #expect(result.status == 0, "\(result.stderr)")
    #expect(try Self.json(result)["format"] as? String == "rpcView")
  }

  /// A method name and arguments carrying terminal escapes: escaped in text, escaped in JSON.
  @Test func hostileStringsNeverReachTheTerminalRaw() throws {
    var borsh = BorshBytes()
    borsh.string("alice.near")
    borsh.bytes([0] + Array(repeating: 1, count: 32))
    borsh.bytes(Array(repeating: 0, count: 8))
    borsh.string("bob.near")
    borsh.bytes(Array(repeating: 7, count: 32))
    borsh.bytes([1, 0, 0, 0, 2])
    borsh.string("evil\u{1b}[2J\u{202e}")
    borsh.string(#"{"memo":"\u001b]0;pwned\u0007"}"# + "\u{1b}[31m")
    borsh.bytes(Array(repeating: 0, count: 8 + 16))
    let hex = borsh.out.map { String(format: "%02x", $0) }.joined()
    let text = try TxrayProcess.run(["--chain", "near"], stdin: Data(hex.utf8))
    #expect(text.status == 0, "\(text.stderr)")
    #expect(!text.stdout.contains("\u{1b}"))
    #expect(!text.stdout.contains("\u{202e}"))
    #expect(text.stdout.contains("evil\\x1b[2J"))
    let json = try TxrayProcess.run(["--json"], stdin: Data(hex.utf8))
    #expect(!json.stdout.contains("\u{1b}"))
    let object = try Self.json(json)
    let action = try #require((object["actions"] as? [[String: Any]])?.first)
    #expect(action["methodName"] as? String == "evil\u{1b}[2J\u{202e}")
  }

  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var arguments: [String]
    var stdin: String
    var expected: String
    var testDescription: String { name }
  }

  static let badCases: [Case] = [
    Case(
      name: "truncated base64", arguments: [],
      stdin: String(sampleText("near-ft-transfer.b64").dropLast(12)), expected: "at byte"),
    Case(
      name: "trailing bytes", arguments: [],
      stdin: sampleText("near-ft-transfer.b64").replacingOccurrences(of: "=", with: "") + "AAAA",
      expected: "trailing bytes"),
    Case(name: "junk base64", arguments: ["--chain", "near"], stdin: "q!!z", expected: "base64"),
    // What people paste where the transaction belongs, named by its shape.
    Case(
      name: "a NEAR transaction hash", arguments: [],
      stdin: "9P896WJrqeEzhrKQHyafH825WCH6LkXEaDriHzM13Cyr\n",
      expected: "this reads like a NEAR transaction hash (base58), not a transaction"),
    Case(
      name: "an account id", arguments: [], stdin: "alice.near",
      expected: "this reads like a NEAR account id, not a transaction"),
    // A word is base64's alphabet too: the line first says what txray reads.
    Case(
      name: "a mistyped word", arguments: [], stdin: "garbage\n",
      expected:
        "not a transaction txray reads (0x-hex, JSON, or base64 of a NEAR transaction); as base64: "
        + "misplaced padding or non-zero trailing bits at offset 6"),
    Case(
      name: "junk Borsh", arguments: ["--chain", "near"], stdin: "ffffffff0000",
      expected: "at byte 0"),
    Case(
      name: "bad account in RPC JSON", arguments: [],
      stdin: sampleText("near-rpc-transaction.json").replacingOccurrences(
        of: "alice.near", with: "Alice.near"),
      expected: "signer_id"),
    Case(
      name: "forced near on EVM JSON", arguments: ["--chain", "near"], stdin: #"{"to":"0x00"}"#,
      expected: "NEAR"),
  ]

  @Test(arguments: badCases)
  func badNEARInputFailsWithOneLine(_ c: Case) throws {
    let result = try TxrayProcess.run(c.arguments, stdin: Data(c.stdin.utf8))
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.hasPrefix("txray: bad input: "))
    #expect(result.stderr.filter { $0 == "\n" }.count == 1, "\(result.stderr)")
    #expect(result.stderr.contains(c.expected), "\(result.stderr)")
  }
}

/// Just enough Borsh to write a hostile transaction by hand.
struct BorshBytes {
  var out: [UInt8] = []

  mutating func bytes(_ value: [UInt8]) { out += value }

  mutating func string(_ value: String) {
    let utf8 = Array(value.utf8)
    out += withUnsafeBytes(of: UInt32(utf8.count).littleEndian, Array.init) + utf8
  }
}
