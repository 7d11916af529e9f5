import EVM
import Foundation
import Testing
import TxrayCore

@testable import FuzzBodies

/// The transport seam the state fuzz bodies answer through reads real answers as the network
/// path does: geth's recorded answers (../shared/testdata/evm-rpc), one per request, give the
/// block, account, slot and block hash they hold.
@Suite struct ScriptedNodeTests {
  static let transcripts = SeedInputs.packageRoot
    .appendingPathComponent("../shared/testdata/evm-rpc").standardized

  /// The answer line of one transcript.
  func response(_ file: String) throws -> JSONValue {
    let text = try String(
      contentsOf: Self.transcripts.appendingPathComponent(file), encoding: .utf8)
    let line = try #require(text.split(separator: "\n").first { $0.hasPrefix("<< ") })
    return try JSONValue(parsing: String(line.dropFirst(3)))
  }

  /// One POST's answer: `responses` as a batch, numbered as the client numbers its calls (a
  /// lone response stays as it is).
  func batch(_ responses: [JSONValue]) throws -> [UInt8] {
    let numbered = try responses.enumerated().map { index, response in
      JSONValue.object(
        try #require(response.objectMembers).map {
          $0.key == "id" ? ("id", .integer(index + 1)) : $0
        })
    }
    return Array((numbered.count == 1 ? numbered[0] : .array(numbered)).serialized.utf8)
  }

  func answer(_ files: String...) throws -> [UInt8] {
    try batch(files.map(response))
  }

  /// `object` with the member `key` set to `value`.
  func replacing(_ key: String, in object: JSONValue, with value: JSONValue) throws -> JSONValue {
    .object(try #require(object.objectMembers).map { $0.key == key ? (key, value) : $0 })
  }

  func node(_ answers: [[UInt8]]) -> ScriptedNode {
    ScriptedNode(status: 200, answers: Array(answers.joined(separator: [0]))[...])
  }

  static let provenAccount = "0x7dcd17433742f4c0ca53122ab541d0ba67fc27df"

  /// The answers `--verify-state` reads before a slot: the chain id and latest block, then the
  /// coinbase's balance, nonce, code and proof. The transcripts hold a proof (against this
  /// block's state root) for one account only, so the block names it as its miner; its
  /// eth_getTransactionCount is not recorded, so the nonce is the one its proof states.
  func verifiedStart(balance: String) throws -> [[UInt8]] {
    let latest = try response("eth_getBlockByNumber/get-latest.io")
    let header = try #require(latest["result"])
    let mined = try replacing(
      "result", in: latest,
      with: try replacing("miner", in: header, with: .string(Self.provenAccount)))
    let proof = try response("eth_getProof/get-account-proof-latest.io")
    let nonce = try replacing(
      "result", in: proof, with: try #require(proof["result"]?["nonce"]))
    return [
      try batch([try response("eth_chainId/get-chain-id.io"), mined]),
      try batch([try response(balance), nonce, try response("eth_getCode/get-code.io"), proof]),
    ]
  }

  @Test func verifyStateProvesGethsAnswersThroughTheTransport() throws {
    let slot = try answer(
      "eth_getStorageAt/get-storage.io", "eth_getProof/get-account-proof-with-storage.io")
    let state = try RPCState(
      endpoint: ScriptedNode.url, block: .latest, verifyState: true,
      transport: node(try verifiedStart(balance: "eth_getBalance/get-balance.io") + [slot]))
    let account = try #require(Address(hex: Self.provenAccount))
    #expect(try state.account(account)?.balance == UInt256(0x76))
    #expect(try state.storage(account, slot: .zero) == UInt256(0x38))
  }

  /// geth's balance of the same account at an older block is not what the proof holds.
  @Test func verifyStateRefusesABalanceFromAnotherBlock() throws {
    let start = try verifiedStart(balance: "eth_getBalance/get-balance-blockhash.io")
    #expect {
      try RPCState(
        endpoint: ScriptedNode.url, block: .latest, verifyState: true, transport: node(start))
    } throws: { error in
      guard case .unavailable(let reason) = error as? StateError else { return false }
      return reason.contains(
        "the node contradicts itself about account 0x7Dcd17433742F4c0Ca53122aB541D0Ba67fC27Df")
        && reason.contains("eth_getBalance says 0x56")
    }
  }

  /// geth's latest block with `field` of its header set to `value`, after the chain id.
  func startWithHeader(_ field: String, _ value: String) throws -> [[UInt8]] {
    let latest = try response("eth_getBlockByNumber/get-latest.io")
    let header = try replacing(field, in: try #require(latest["result"]), with: .string(value))
    return [
      try batch([
        try response("eth_chainId/get-chain-id.io"),
        try replacing("result", in: latest, with: header),
      ])
    ]
  }

  /// Found by `scripts/fuzz EVMStateRPC` (2026-12-06): a base fee near 2²⁵⁶ made the next
  /// block's fee overflow in UInt256 arithmetic, and txray trapped. The first value is the
  /// fuzzer's (geth's block, gas used as recorded), the second UInt256's largest; a lying node is
  /// refused instead.
  @Test(arguments: [
    "0x1a2222222222222222222222222222222222222222211111111111111221397",
    "0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff",
  ])
  func aBaseFeeWithNoNextBlockIsRefusedNotATrap(baseFee: String) throws {
    #expect {
      try RPCState(
        endpoint: ScriptedNode.url, block: .latest,
        transport: node(try startWithHeader("baseFeePerGas", baseFee)))
    } throws: { error in
      guard case .unavailable(let reason) = error as? StateError else { return false }
      return reason.contains("is too large for a next block to follow")
    }
  }

  /// The same for a number or timestamp at UInt64's end: the next block's would not fit.
  @Test(arguments: ["number", "timestamp"])
  func aBlockAtTheEndOfTimeIsRefusedNotATrap(field: String) throws {
    #expect {
      try RPCState(
        endpoint: ScriptedNode.url, block: .latest,
        transport: node(try startWithHeader(field, "0xffffffffffffffff")))
    } throws: { error in
      guard case .unavailable(let reason) = error as? StateError else { return false }
      return reason.contains("has no next block")
    }
  }

  @Test func rpcStateReadsGethsAnswersThroughTheTransport() throws {
    let answers = [
      try answer("eth_chainId/get-chain-id.io", "eth_getBlockByNumber/get-latest.io"),
      try answer(
        "eth_getBalance/get-balance-unknown-account.io",
        "eth_getTransactionCount/get-nonce-unknown-account.io",
        "eth_getCode/get-code-unknown-account.io"),
      try answer("eth_getStorageAt/get-storage.io"),
      try answer("eth_getBlockByNumber/get-genesis.io"),
    ]
    let state = try RPCState(endpoint: ScriptedNode.url, block: .latest, transport: node(answers))
    #expect(state.pinnedBlock == 0x36)
    #expect(state.block.timestamp == 0x21c + 12)
    let unknown = try #require(Address(hex: "0xc1cadaffffffffffffffffffffffffffffffffff"))
    #expect(try state.account(unknown) == nil)
    let account = try #require(Address(hex: "0x7dcd17433742f4c0ca53122ab541d0ba67fc27df"))
    #expect(try state.storage(account, slot: .zero) == UInt256(0x38))
    #expect(
      try state.blockHash(0)
        == UInt256(hexString: "0x44fd89d504659cd58f48f4796b77a7e7012cf296a2409afa2f6c3cb99b5b3d99"))
  }

  /// With no answer left, the next read is refused in words, never read as an empty account.
  @Test func aMissingAnswerIsUnavailable() throws {
    let start = try answer("eth_chainId/get-chain-id.io", "eth_getBlockByNumber/get-latest.io")
    let state = try RPCState(endpoint: ScriptedNode.url, block: .latest, transport: node([start]))
    let account = try #require(Address(hex: "0x7dcd17433742f4c0ca53122ab541d0ba67fc27df"))
    #expect(
      throws: StateError.unavailable(
        "http://127.0.0.1:8545: eth_getBalance+eth_getCode+eth_getTransactionCount: response is not JSON"
      )
    ) {
      try state.account(account)
    }
  }
}
