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

  /// One POST's answer: the responses of `files` as a batch, numbered as the client numbers
  /// its calls (a lone response stays as it is).
  func answer(_ files: String...) throws -> [UInt8] {
    let responses = try files.enumerated().map { index, file in
      let members = try #require(try response(file).objectMembers)
      return JSONValue.object(members.map { $0.key == "id" ? ("id", .integer(index + 1)) : $0 })
    }
    return Array((responses.count == 1 ? responses[0] : .array(responses)).serialized.utf8)
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
    let node = ScriptedNode(status: 200, answers: Array(answers.joined(separator: [0]))[...])
    let state = try RPCState(endpoint: ScriptedNode.url, block: .latest, transport: node)
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
    let node = ScriptedNode(status: 200, answers: start[...])
    let state = try RPCState(endpoint: ScriptedNode.url, block: .latest, transport: node)
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
