import EVM
import EVMConformance
import Foundation
import Testing
import TxrayCore

/// RPCState against geth's recorded answers (../shared/testdata/evm-rpc) replayed on loopback.
@Suite(.serialized)
struct RPCStateTests {
  static let contract = Address(hex: "0x7dcd17433742f4c0ca53122ab541d0ba67fc27df")!
  static let unknown = Address(hex: "0xc1cadaffffffffffffffffffffffffffffffffff")!
  /// Generous on purpose: these tests run beside the CPU-bound reference state tests, which can
  /// starve the replay server for seconds. The timeout tests below check the bound itself.
  static let patience = Duration.seconds(60)

  @Test func pinsLatestBlockAndReadsTheNextBlocksEnvironment() throws {
    let server = try ReplayServer()
    defer { server.stop() }
    let node = try RPCState(endpoint: server.url, block: .latest, timeout: Self.patience)
    #expect(node.pinnedBlock == 0x36)
    #expect(node.block.number == 0x37)
    #expect(node.block.timestamp == 0x21c + 12)
    #expect(node.block.chainId == 0xc72dd9d5e883e)
    #expect(node.block.gasLimit == 0xbebc200)
    // 0x52f71 gas of a 0xbebc200 limit: far below half full, so the fee falls by almost 1/8.
    let fee = UInt256(0x1a21397)
    let target = UInt256(0xbebc200 / 2)
    #expect(node.block.baseFee == fee - fee * (target - UInt256(0x52f71)) / target / 8)
    #expect(
      try node.blockHash(0x36)
        == UInt256(hexString: "0xd226371d0b1551adb03fb52b71f08e3e11247fe9b1af994768af8cdaa8e7dcd7"))
  }

  @Test func readsAccountsAndStorageAtThePinnedBlock() throws {
    let server = try ReplayServer()
    defer { server.stop() }
    let node = try RPCState(endpoint: server.url, block: .latest, timeout: Self.patience)
    // Zero balance, nonce and code: the account does not exist.
    #expect(try node.account(Self.unknown) == nil)
    #expect(try node.storage(Self.contract, slot: .zero) == UInt256(0x38))
    // Cached: the second read needs no server.
    server.stop()
    #expect(try node.storage(Self.contract, slot: .zero) == UInt256(0x38))
    #expect(try node.account(Self.unknown) == nil)
  }

  @Test func aNodeErrorNamesEndpointAndMethod() throws {
    let server = try ReplayServer()
    defer { server.stop() }
    let node = try RPCState(endpoint: server.url, block: .latest, timeout: Self.patience)
    // The transcripts have this contract's balance and code at latest but not its nonce.
    #expect {
      _ = try node.account(Self.contract)
    } throws: { error in
      guard case .unavailable(let reason) = error as? StateError else { return false }
      return reason.contains("127.0.0.1:\(server.port)")
        && reason.contains("eth_getTransactionCount") && reason.contains("no transcript")
    }
  }

  @Test func recordedReadsReplayFromASnapshot() throws {
    let server = try ReplayServer()
    defer { server.stop() }
    let node = try RPCState(endpoint: server.url, block: .latest, timeout: Self.patience)
    let recorder = RecordingState(node, block: node.block)
    let account = try recorder.account(Self.unknown)
    let slot = try recorder.storage(Self.contract, slot: .zero)
    let hash = try recorder.blockHash(0x36)
    _ = try? recorder.account(Self.contract)  // fails: not recorded
    let file = FileManager.default.temporaryDirectory
      .appendingPathComponent("txray-recorded-\(UUID().uuidString).json")
    defer { try? FileManager.default.removeItem(at: file) }
    try recorder.save(to: file)

    let replay = try SnapshotState(file: file)
    #expect(replay.block == node.block)
    #expect(try replay.account(Self.unknown) == account)
    #expect(try replay.storage(Self.contract, slot: .zero) == slot)
    #expect(try replay.blockHash(0x36) == hash)
    // Only what was read is written: an unread block hash is missing, not invented.
    #expect(throws: StateError.missingBlockHash(0x35)) { try replay.blockHash(0x35) }
    #expect(throws: StateError.missingStorage(Self.contract, slot: UInt256(1))) {
      try replay.storage(Self.contract, slot: UInt256(1))
    }
  }

  @Test func aSilentServerTimesOut() throws {
    let server = try ReplayServer(hang: true)
    defer { server.stop() }
    let start = ContinuousClock.now
    #expect {
      _ = try RPCState(endpoint: server.url, block: .latest, timeout: .seconds(1))
    } throws: { error in
      guard case .unavailable(let reason) = error as? StateError else { return false }
      return reason.contains("127.0.0.1") && reason.contains("eth_getBlockByNumber")
    }
    #expect(ContinuousClock.now - start < .seconds(5))
  }

  @Test func aRefusedConnectionIsUnavailable() throws {
    let server = try ReplayServer()
    let url = server.url
    server.stop()
    #expect {
      _ = try RPCState(endpoint: url, block: .number(1), timeout: .seconds(5))
    } throws: { error in
      guard case .unavailable(let reason) = error as? StateError else { return false }
      return reason.contains("127.0.0.1")
    }
  }

  @Test func optionsAreCheckedBeforeAnyRead() {
    #expect(throws: StateError.self) {
      try EVMStateSources.open(stateFile: nil, rpc: "ftp://example.invalid")
    }
    #expect(throws: StateError.self) {
      try EVMStateSources.open(stateFile: nil, rpc: "http://127.0.0.1:1/", block: "soon")
    }
    #expect(throws: StateError.self) { try EVMStateSources.open(stateFile: nil, rpc: nil) }
    #expect(RPCState.BlockSelector("0x10") == .number(16))
    #expect(RPCState.BlockSelector("16") == .number(16))
    #expect(RPCState.BlockSelector("latest") == .latest)
  }
}
