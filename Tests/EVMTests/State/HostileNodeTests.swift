import EVM
import Foundation
import Testing
import TxrayCore

/// RPCState against scripts/lying-node.py, which serves py-trie's state and proofs
/// (Tests/EVMTests/Fixtures/proof-vectors.json) honestly or in one of its hostile modes. Each
/// mode must end in a bounded time with an error naming the endpoint and what it was asked, and
/// `--verify-state` must catch what only a proof can show.
@Suite(.serialized)
struct HostileNodeTests {
  static let token = Address(hex: "0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48")!
  static let sender = Address(hex: "0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266")!
  static let coinbase = Address(hex: "0x95222290dd7278aa3ddd389cc1e1d165cc4bafe5")!
  static let neverExisted = Address(hex: "0x000000000000000000000000000000000000dead")!
  /// The fixture's block; the sample's transaction runs in the next.
  static let pinned: UInt64 = 0x1406f3f
  static let timeout = Duration.seconds(2)
  /// The client's own bound is the timeout plus one second; the rest is a busy machine.
  static let bound = Duration.seconds(8)

  static func node(_ mode: String) throws -> ReplayServer {
    try ReplayServer(
      script: "lying-node.py", arguments: [mode, "--evm", StateProofTests.fixture.path])
  }

  /// Runs `body` against a node in `mode` and checks it fails in time with a reason that names
  /// the endpoint and holds every one of `expected`.
  func expectFailure(
    _ mode: String, _ expected: [String], within bound: Duration = Self.bound,
    sourceLocation: SourceLocation = #_sourceLocation, _ body: (URL) throws -> Void
  ) throws {
    let server = try Self.node(mode)
    defer { server.stop() }
    let start = ContinuousClock.now
    #expect(sourceLocation: sourceLocation) {
      try body(server.url)
    } throws: { error in
      guard case .unavailable(let reason) = error as? StateError else { return false }
      let named = reason.contains("http://127.0.0.1:\(server.port)")
      let missing = expected.filter { !reason.contains($0) }
      if !named || !missing.isEmpty { Issue.record("\(mode): \(reason)") }
      return named && missing.isEmpty
    }
    #expect(ContinuousClock.now - start < bound, "\(mode)", sourceLocation: sourceLocation)
  }

  @Test(arguments: [
    ("stall", "timed out after 2"),
    ("close", "transfer closed with"),
    ("garbage", "response is not JSON"),
    ("wrong-shape", "not a block"),
    ("huge", "larger than 16 MiB"),
    ("nested", "response is not JSON"),
  ])
  func aBrokenNodeFailsTheFirstRequestInTime(mode: String, expected: String) throws {
    try expectFailure(mode, ["eth_getBlockByNumber", expected]) { url in
      _ = try RPCState(endpoint: url, block: .latest, timeout: Self.timeout)
    }
  }

  /// An answer without a length is cut off once 16 MiB have arrived; the long timeout leaves
  /// a busy machine time to send them.
  @Test func anEndlessAnswerIsCutOffAt16MiB() throws {
    try expectFailure(
      "flood", ["eth_getBlockByNumber", "larger than 16 MiB"], within: .seconds(61)
    ) { url in
      _ = try RPCState(endpoint: url, block: .latest, timeout: .seconds(60))
    }
  }

  @Test func aNodeAnsweringForAnotherBlockIsRefused() throws {
    try expectFailure(
      "wrong-block", ["asked for block \(Self.pinned), the answer is block \(Self.pinned + 1)"]
    ) { url in
      _ = try RPCState(endpoint: url, block: .number(Self.pinned), timeout: Self.timeout)
    }
  }

  @Test func anHonestNodeIsProvenReadByRead() throws {
    let server = try Self.node("honest")
    defer { server.stop() }
    let node = try RPCState(
      endpoint: server.url, block: .latest, timeout: .seconds(30), verifyState: true)
    #expect(node.pinnedBlock == Self.pinned)
    let sender = try #require(try node.account(Self.sender))
    #expect(sender.balance == UInt256(1_000_000_000_000_000_000))
    #expect(sender.nonce == 11)
    #expect(try node.account(Self.token)?.code.isEmpty == false)
    // Proven absent: the coinbase is empty, the other never existed.
    #expect(try node.account(Self.coinbase) == nil)
    #expect(try node.account(Self.neverExisted) == nil)
    #expect(try node.storage(Self.token, slot: .zero) == UInt256(0x3e1b_a880))
    // A slot the storage trie does not hold, proven zero.
    #expect(try node.storage(Self.token, slot: UInt256(1)) == .zero)
  }

  @Test func verifyingTheStateDoesNotChangeTheSimulation() throws {
    let samples = SharedTestData.packageRoot.appendingPathComponent("samples")
    let hex = try String(
      contentsOf: samples.appendingPathComponent("erc20-transfer.hex"), encoding: .utf8)
    let tx = try TransactionDecoder.decode(
      Hex.decode(hex.trimmingCharacters(in: .whitespacesAndNewlines)))
    let snapshot = try SnapshotState(
      file: samples.appendingPathComponent("erc20-transfer.state.json"))
    let offline = EVMSimulator(
      fork: .osaka, block: snapshot.block, state: snapshot, timeout: .seconds(30)
    ).simulate(tx, from: Self.sender)

    let server = try Self.node("honest")
    defer { server.stop() }
    let node = try RPCState(
      endpoint: server.url, block: .latest, timeout: .seconds(30), verifyState: true)
    #expect(node.block == snapshot.block)
    let online = EVMSimulator(fork: .osaka, block: node.block, state: node, timeout: .seconds(30))
      .simulate(tx, from: Self.sender)
    #expect(online.status == .success)
    #expect(online.status == offline.status)
    #expect(online.gasUsed == offline.gasUsed)
    #expect(online.effects == offline.effects)
  }

  @Test func aBalanceTheProofContradictsNamesTheAccount() throws {
    // The coinbase is read first, to learn whether the endpoint answers eth_getProof at all.
    try expectFailure(
      "contradict",
      [
        "contradicts itself about account \(Self.coinbase.checksummed)",
        "eth_getBalance says 0x1", "holds 0x0",
      ]
    ) { url in
      _ = try RPCState(endpoint: url, block: .latest, timeout: Self.timeout, verifyState: true)
    }
  }

  @Test func aSlotValueTheProofContradictsNamesTheSlotAndAccount() throws {
    let server = try Self.node("contradict-storage")
    defer { server.stop() }
    let node = try RPCState(
      endpoint: server.url, block: .latest, timeout: .seconds(30), verifyState: true)
    #expect(try node.account(Self.token)?.code.isEmpty == false)
    #expect {
      _ = try node.storage(Self.token, slot: .zero)
    } throws: { error in
      guard case .unavailable(let reason) = error as? StateError else { return false }
      return reason.contains(
        "contradicts itself about slot 0x0 of account \(Self.token.checksummed): eth_getStorageAt says 0x3e1ba881, its proof against the state root of block \(Self.pinned) holds 0x3e1ba880"
      )
    }
  }

  @Test func withoutVerificationAContradictedBalanceIsNotSeen() throws {
    let server = try Self.node("contradict")
    defer { server.stop() }
    let node = try RPCState(endpoint: server.url, block: .latest, timeout: .seconds(30))
    // One wei more than the state trie holds: only --verify-state can tell.
    #expect(try node.account(Self.sender)?.balance == UInt256(1_000_000_000_000_000_001))
  }

  @Test func anEndpointWithoutEthGetProofIsRefusedUnderVerifyState() throws {
    try expectFailure("no-proof", ["--verify-state", "eth_getProof", "does not exist"]) { url in
      _ = try RPCState(endpoint: url, block: .latest, timeout: Self.timeout, verifyState: true)
    }
    let server = try Self.node("no-proof")
    defer { server.stop() }
    // Without the option nothing asks for proofs.
    let node = try RPCState(endpoint: server.url, block: .latest, timeout: .seconds(30))
    #expect(try node.account(Self.coinbase) == nil)
  }

  @Test func aProofThatDoesNotHashToTheStateRootIsRefused() throws {
    try expectFailure(
      "bad-proof",
      ["eth_getProof \(Self.coinbase.lowercaseHex)", "does not hash to the reference"]
    ) { url in
      _ = try RPCState(endpoint: url, block: .latest, timeout: Self.timeout, verifyState: true)
    }
  }

  @Test func aSlowNodesReadsStopAtTheSimulationsBound() throws {
    let server = try Self.node("slow")
    defer { server.stop() }
    let node = try RPCState(endpoint: server.url, block: .latest, timeout: .seconds(30))
    let bounded = DeadlineState(node, timeout: .seconds(2))
    // 1.5 s each: the second read starts before the bound, the third after it.
    _ = try bounded.account(Self.sender)
    _ = try bounded.account(Self.token)
    #expect(
      throws: StateError.unavailable("the simulation timed out after 2 s while reading state")
    ) {
      try bounded.storage(Self.token, slot: .zero)
    }
  }
}
