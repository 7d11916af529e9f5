import Foundation
import Testing

/// `--expect` and batch envelopes from the command line: the verdict in text and JSON, exit 5
/// on a mismatch, one clear line for an expectation that cannot be read.
@Suite struct IntentCommandTests {
  static let transfer = TxrayProcess.sample("eip1559-eth-transfer.hex")
  static let transferState = TxrayProcess.sample("eip1559-eth-transfer.state.json")
  static let vitalik = "0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045"

  static func object(_ stdout: String) throws -> [String: Any] {
    try #require(JSONSerialization.jsonObject(with: Data(stdout.utf8)) as? [String: Any])
  }

  @Test func aMatchExitsZeroAndSaysSo() throws {
    let result = try TxrayProcess.run([
      "--no-model", "--state", Self.transferState, Self.transfer, "--expect",
      "send ≤ 1.5 ETH to \(Self.vitalik), nothing else",
    ])
    #expect(result.status == 0)
    #expect(result.stdout.contains("Intent check:"))
    #expect(result.stdout.contains("Verdict: MATCH (checked against the simulated effects)"))
  }

  @Test func aMismatchIsAHighFindingAndExitsFive() throws {
    let result = try TxrayProcess.run([
      "--no-model", "--json", "--state", Self.transferState, Self.transfer, "--expect",
      "send ≤ 1 ETH to \(Self.vitalik)",
    ])
    #expect(result.status == 5)
    #expect(result.stderr == "txray: mismatch: the transaction does not do what --expect says\n")
    let object = try Self.object(result.stdout)
    let intent = try #require(object["intentCheck"] as? [String: Any])
    #expect(intent["verdict"] as? String == "mismatch")
    #expect(intent["basis"] as? String == "simulation")
    #expect(intent["expected"] as? String == "send ≤ 1 ETH to \(Self.vitalik)")
    #expect(
      intent["differences"] as? [String] == [
        "It sends 1.5 ETH to \(Self.vitalik), but you said at most 1 ETH."
      ])
    let findings = try #require(object["findings"] as? [[String: Any]])
    #expect(findings.first?["rule"] as? String == "intent.mismatch")
    #expect(findings.first?["severity"] as? String == "high")
  }

  @Test func failOnActsOnTheMismatchFirst() throws {
    let result = try TxrayProcess.run([
      "--no-model", "--state", Self.transferState, Self.transfer, "--expect", "send ≤ 1 ETH",
      "--fail-on", "high",
    ])
    #expect(result.status == 4)
  }

  @Test func withoutAnExpectationTheCheckIsNull() throws {
    let result = try TxrayProcess.run(["--no-model", "--json", Self.transfer])
    #expect(result.status == 0)
    #expect(try Self.object(result.stdout)["intentCheck"] is NSNull)
  }

  @Test func anUnreadableExpectationIsOneLineAndExitTwo() throws {
    let result = try TxrayProcess.run([
      "--no-model", Self.transfer, "--expect", "send 1 ETH to 0xd8dA…6045",
    ])
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.hasPrefix("txray: bad input: expectation"))
    #expect(result.stderr.contains("is shortened"))
    #expect(result.stderr.split(separator: "\n").count == 1)
  }

  @Test func plainWordsWithoutAModelTakeOnlyTheLanguage() throws {
    let words = try TxrayProcess.run([
      "--no-model", Self.transfer, "--expect-words", "send one and a half eth to vitalik",
    ])
    #expect(words.status == 2)
    #expect(words.stderr.contains("plain words need a model"))
    let language = try TxrayProcess.run([
      "--no-model", "--json", Self.transfer, "--expect-words", "send ≤ 2 ETH",
    ])
    #expect(language.status == 0)
    #expect(language.stderr.contains("txray: read your words as: send ≤ 2 ETH"))
  }

  @Test func batchLinesCarryTheirOwnExpectation() throws {
    let hex = try String(contentsOfFile: Self.transfer, encoding: .utf8)
      .trimmingCharacters(in: .whitespacesAndNewlines)
    let lines = [
      #"{"tx": "\#(hex)", "expect": "send ≤ 1.5 ETH"}"#,
      #"{"tx": "\#(hex)", "expect": [{"clause": "send", "bound": "atMost", "amount": "1", "asset": "ETH"}]}"#,
      #"{"tx": "\#(hex)", "expect": "send lots"}"#,
      hex,
    ]
    let result = try TxrayProcess.run(
      ["batch", "--no-model", "-"], stdin: Data(lines.joined(separator: "\n").utf8))
    let records = try result.stdout.split(separator: "\n").map { try Self.object(String($0)) }
    #expect(records.count == 4)
    let verdicts = records.map { ($0["intentCheck"] as? [String: Any])?["verdict"] as? String }
    #expect(verdicts == ["match", "mismatch", nil, nil])
    #expect((records[2]["error"] as? String)?.contains("expected an amount") == true)
    #expect(records[3]["intentCheck"] is NSNull)
    // A line that could not be read outranks a mismatch.
    #expect(result.status == 2)
    #expect(result.stderr.contains("1 mismatches"))
  }

  /// `tx` may hold typed data or a request as JSON itself, not only as a string of it: read
  /// as the line would be without the envelope, with the line's expectation.
  @Test func batchEnvelopeTakesJSONInputAsItself() throws {
    let permit = try String(
      contentsOfFile: TxrayProcess.sample("eip2612-permit.json"), encoding: .utf8)
    let call = try JSONSerialization.jsonObject(with: Data(permit.utf8)) as? [String: Any]
    let envelope = try JSONSerialization.data(
      withJSONObject: ["tx": try #require(call), "expect": "nothing else"])
    let result = try TxrayProcess.run(["batch", "--no-model", "-"], stdin: envelope)
    let record = try Self.object(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines))
    #expect(record["error"] == nil, "\(result.stdout)")
    #expect((record["headline"] as? String)?.hasPrefix("You sign a permit") == true)
    #expect((record["intentCheck"] as? [String: Any])?["verdict"] as? String == "mismatch")
  }
}
