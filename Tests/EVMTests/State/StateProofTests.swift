import EVM
import Foundation
import Testing
import TxrayCore

/// The Merkle-Patricia proof verifier on proofs others made: geth's eth_getProof answers
/// (../shared/testdata/evm-rpc) and py-trie's (scripts/gen-proof-vectors.py), and on the same
/// proofs with one thing changed.
struct StateProofTests {
  /// The first answer (`<<` line) of a geth transcript.
  static func gethAnswer(_ path: String) throws -> JSONValue {
    let text = try String(contentsOf: SharedTestData.url("evm-rpc/\(path)"), encoding: .utf8)
    let line = try #require(text.split(separator: "\n").first { $0.hasPrefix("<< ") })
    return try #require(try JSONValue(parsing: String(line.dropFirst(3)))["result"])
  }

  static let contract = Address(hex: "0x7dcd17433742f4c0ca53122ab541d0ba67fc27df")!

  /// The state root of geth's latest block (0x36), which its eth_getProof answers are against.
  static func gethStateRoot() throws -> [UInt8] {
    let header = try gethAnswer("eth_getBlockByNumber/get-latest.io")
    #expect(header["number"] == .string("0x36"))
    return try Hex.decode(try #require(header["stateRoot"]?.stringValue))
  }

  static func bytes(_ value: JSONValue?) throws -> [UInt8] {
    try Hex.decode(try #require(value?.stringValue))
  }

  @Test func gethsAccountAndStorageProofsHoldWhatItsOtherAnswersSay() throws {
    let answer = try Self.gethAnswer("eth_getProof/get-account-proof-with-storage.io")
    let proof = try StateProof.verify(
      answer, address: Self.contract, slots: [.zero], stateRoot: try Self.gethStateRoot(),
      source: "geth")
    let account = try #require(proof.account)
    let balance = try Self.gethAnswer("eth_getBalance/get-balance.io")
    #expect(account.balance == UInt256(hexString: try #require(balance.stringValue)))
    #expect(account.nonce == 0)
    let code = try Self.bytes(try Self.gethAnswer("eth_getCode/get-code.io"))
    #expect(!code.isEmpty)
    #expect(account.codeHash == Keccak256.hash(code))
    let slot = try Self.gethAnswer("eth_getStorageAt/get-storage.io")
    #expect(proof.storage[.zero] == UInt256(hexString: try #require(slot.stringValue)))
    #expect(proof.storage[.zero] == UInt256(0x38))
  }

  @Test func gethsProofWithoutSlotsProvesTheSameAccount() throws {
    let root = try Self.gethStateRoot()
    let plain = try StateProof.verify(
      Self.gethAnswer("eth_getProof/get-account-proof-latest.io"), address: Self.contract,
      slots: [], stateRoot: root, source: "geth")
    let withStorage = try StateProof.verify(
      Self.gethAnswer("eth_getProof/get-account-proof-with-storage.io"), address: Self.contract,
      slots: [.zero], stateRoot: root, source: "geth")
    #expect(plain.account == withStorage.account)
    #expect(plain.storage.isEmpty)
  }

  /// Each change to geth's answer: which field, and what the error must say.
  @Test(arguments: [
    ("accountProof", "does not hash to the reference"),
    ("balance", "balance: the answer says"),
    ("codeHash", "codeHash: the answer says"),
    ("storageHash", "storageHash: the answer says"),
    ("storageValue", "the answer says 0x39 but its proof holds 0x38"),
    ("storageProof", "does not prove the slot from the storage root"),
    ("truncated", "the proof ends before the key's path does"),
    ("extraNode", "the proof has nodes past the end"),
  ])
  func aChangedGethProofIsRefusedNamingWhatIsWrong(field: String, expected: String) throws {
    let answer = try Self.gethAnswer("eth_getProof/get-account-proof-with-storage.io")
    let accountProof = try #require(answer["accountProof"]?.arrayItems)
    let storageEntry = try #require(answer["storageProof"]?.arrayItems?.first)
    let storageNodes = try #require(storageEntry["proof"]?.arrayItems)
    func flipped(_ node: JSONValue) throws -> JSONValue {
      var bytes = try Self.bytes(node)
      bytes[bytes.count / 2] ^= 0x01
      return .string(Hex.encode(bytes))
    }
    func storage(_ entry: JSONValue) -> JSONValue { .array([entry]) }
    let changed: JSONValue
    switch field {
    case "accountProof":
      changed = answer.setting(
        "accountProof", .array(accountProof.dropLast() + [try flipped(accountProof.last!)]))
    case "balance": changed = answer.setting("balance", .string("0x77"))
    case "codeHash": changed = answer.setting("codeHash", .string(Hex.encode(Keccak256.hash([1]))))
    case "storageHash":
      changed = answer.setting("storageHash", .string(Hex.encode(Keccak256.hash([2]))))
    case "storageValue":
      changed = answer.setting(
        "storageProof", storage(storageEntry.setting("value", .string("0x39"))))
    case "storageProof":
      changed = answer.setting(
        "storageProof",
        storage(storageEntry.setting("proof", .array([try flipped(storageNodes[0])]))))
    case "truncated": changed = answer.setting("accountProof", .array(accountProof.dropLast()))
    default:
      changed = answer.setting("accountProof", .array(accountProof + [accountProof[0]]))
    }
    #expect {
      _ = try StateProof.verify(
        changed, address: Self.contract, slots: [.zero], stateRoot: try Self.gethStateRoot(),
        source: "geth")
    } throws: { error in
      guard case .unavailable(let reason) = error as? StateError else { return false }
      return reason.contains(expected) && reason.contains(Self.contract.lowercaseHex)
    }
  }

  @Test func aProofForAnotherStateRootIsRefused() throws {
    var root = try Self.gethStateRoot()
    root[0] ^= 0x80
    #expect(throws: StateError.self) {
      try StateProof.verify(
        Self.gethAnswer("eth_getProof/get-account-proof-latest.io"), address: Self.contract,
        slots: [], stateRoot: root, source: "geth")
    }
  }

  @Test func anotherAccountCannotUseThisAccountsProof() throws {
    let other = Address(hex: "0x7dcd17433742f4c0ca53122ab541d0ba67fc27de")!
    let answer = try Self.gethAnswer("eth_getProof/get-account-proof-latest.io")
      .setting("address", .string(other.lowercaseHex))
    // The path of keccak(other) leaves the proof's nodes: it proves nothing about `other`.
    #expect(throws: StateError.self) {
      try StateProof.verify(
        answer, address: other, slots: [], stateRoot: try Self.gethStateRoot(), source: "geth")
    }
  }

  // MARK: py-trie's proofs

  struct Vectors: Decodable {
    struct TrieCase: Decodable {
      var name: String
      var root: String
      var key: String
      var value: String?
      var proof: [String]
      var inline: Bool
    }
    var tries: [TrieCase]
  }

  static let fixture = SharedTestData.packageRoot.appendingPathComponent(
    "Tests/EVMTests/Fixtures/proof-vectors.json")

  static func vectors() throws -> Vectors {
    try JSONDecoder().decode(Vectors.self, from: Data(contentsOf: fixture))
  }

  @Test func pyTriesProofsOfPresentAndAbsentKeysIncludingEmbeddedNodes() throws {
    let cases = try Self.vectors().tries
    #expect(cases.count == 40)
    #expect(cases.contains { $0.inline && $0.value != nil })
    #expect(cases.contains { $0.value == nil })
    for vector in cases {
      let found = try MerkleProof.value(
        ofKey: Hex.decode(vector.key), root: Hex.decode(vector.root),
        proof: vector.proof.map { try Hex.decode($0) })
      #expect(
        found == (try vector.value.map { try Hex.decode($0) }), "\(vector.name) \(vector.key)")
    }
  }

  @Test func aChangedByteAnywhereInAPyTrieProofIsRefused() throws {
    for vector in try Self.vectors().tries.prefix(12) {
      let proof = try vector.proof.map { try Hex.decode($0) }
      for node in proof.indices {
        var changed = proof
        changed[node][changed[node].count - 1] ^= 0x01
        #expect(throws: MerkleProof.Invalid.self, "\(vector.name) \(vector.key) node \(node)") {
          try MerkleProof.value(
            ofKey: Hex.decode(vector.key), root: Hex.decode(vector.root), proof: changed)
        }
      }
    }
  }

  @Test func theEmptyTrieProvesEveryKeyAbsent() throws {
    #expect(try MerkleProof.value(ofKey: [1, 2], root: MerkleProof.emptyRoot, proof: []) == nil)
    #expect(
      try MerkleProof.value(ofKey: [1, 2], root: MerkleProof.emptyRoot, proof: [[0x80]]) == nil)
    #expect(throws: MerkleProof.Invalid.self) {
      try MerkleProof.value(ofKey: [1, 2], root: Keccak256.hash([0x81, 0x01]), proof: [])
    }
  }
}
