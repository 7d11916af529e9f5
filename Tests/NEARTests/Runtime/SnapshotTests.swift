import Foundation
import NEAR
import Testing
import TxrayCore

@Suite struct SnapshotTests {
  typealias F = SimulationFixtures

  @Test func sampleSnapshotReadsAndRoundTrips() throws {
    let text = try String(
      contentsOf: NEARVector.packageRoot.appendingPathComponent(
        "samples/near-ft-transfer-call.state.json"), encoding: .utf8)
    let snapshot = try NEARSnapshot.parse(json: text)
    #expect(try snapshot.block().height == 150_000_000)
    #expect(try snapshot.account(F.id("alice.near"))?.amount == UInt256(25) * F.near)
    #expect(try snapshot.code(F.id("dollar.token.near")) == F.contract("ft"))
    #expect(try snapshot.code(F.id("alice.near")) == nil)
    #expect(
      try snapshot.storage(F.id("dollar.token.near"), key: Array("b:alice.near".utf8))
        == F.balance("alice.near", 500_000_000).1)
    #expect(try snapshot.storage(F.id("dollar.token.near"), key: Array("b:nobody".utf8)) == nil)
    #expect(try NEARSnapshot.parse(json: snapshot.json) == snapshot)
  }

  @Test func uncoveredReadsAreErrorsNotAbsence() throws {
    let snapshot = try NEARSnapshot.parse(
      json: #"""
        {"accounts": {"gone.near": null,
          "bare.near": {"account": {"amount": "1", "locked": "0",
            "code_hash": "4Gv1N3aYf5TNaN4YGfSBWgGtpeyjnEQxdG6PhQVVA4uq", "storage_usage": 100}}}}
        """#)
    #expect(try snapshot.account(F.id("gone.near")) == nil)
    #expect(throws: NEARStateError.missingAccount(F.id("other.near"))) {
      try snapshot.account(F.id("other.near"))
    }
    #expect(throws: NEARStateError.missingCode(F.id("bare.near"))) {
      try snapshot.code(F.id("bare.near"))
    }
    #expect(throws: NEARStateError.missingStorage(F.id("bare.near"))) {
      try snapshot.storage(F.id("bare.near"), key: [1])
    }
    #expect(throws: NEARStateError.missingBlock) { try snapshot.block() }
  }

  @Test(arguments: [
    (#"[]"#, "snapshot is not a JSON object"),
    (#"{"accounts": {"Bad!": null}}"#, "not an account id"),
    (#"{"accounts": {"a.near": {"account": {"amount": "x"}}}}"#, "amount"),
    (
      #"{"accounts": {"a.near": {"account": {"amount": "1", "locked": "0", "code_hash": "1111", "storage_usage": 1}}}}"#,
      "code_hash"
    ),
  ])
  func malformedSnapshotsNameTheField(json: String, expected: String) {
    #expect {
      try NEARSnapshot.parse(json: json)
    } throws: { error in
      "\(error)".contains(expected)
    }
  }
}
