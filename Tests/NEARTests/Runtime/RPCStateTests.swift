import Foundation
import NEAR
import Testing
import TxrayCore

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// The RPC client and the lazy RPC state against a loopback node (`scripts/near-rpc-stub.py`)
/// that answers from the sample snapshot in NEAR RPC's JSON shapes.
@Suite(.serialized) struct RPCStateTests {
  typealias F = SimulationFixtures

  static let root = NEARVector.packageRoot
  static let snapshotPath = root.appendingPathComponent("samples/near-ft-transfer-call.state.json")

  /// A running stub node (or, with `script`, scripts/lying-node.py in front of it); stopped
  /// when the test ends.
  final class StubNode {
    let process = Process()
    private let input = Pipe()
    private let stopsWhenInputCloses: Bool
    let port: Int

    convenience init(delay: Double = 0) throws {
      try self.init(
        script: "near-rpc-stub.py",
        arguments: [snapshotPath.path] + (delay > 0 ? ["--delay", String(delay)] : []))
    }

    /// `script` prints its port ("PORT <n>" or "<n>") on its first line.
    init(script: String, arguments: [String]) throws {
      stopsWhenInputCloses = script == "lying-node.py"
      let output = Pipe()
      process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
      process.arguments =
        ["python3", root.appendingPathComponent("scripts/\(script)").path] + arguments
      process.standardOutput = output
      // lying-node.py stops, and stops the stub behind it, when its stdin closes.
      process.standardInput = input
      try process.run()
      var line = Data()
      while !line.contains(UInt8(ascii: "\n")) {
        let chunk = output.fileHandleForReading.availableData
        if chunk.isEmpty { break }
        line += chunk
      }
      let first = String(decoding: line, as: UTF8.self).split(separator: "\n").first ?? ""
      port = first.split(separator: " ").last.flatMap { Int($0) } ?? 0
    }

    var url: URL { URL(string: "http://127.0.0.1:\(port)")! }

    func requestCount() throws -> Int {
      var request = URLRequest(url: url)
      request.httpMethod = "POST"
      request.httpBody = Data(
        #"{"jsonrpc":"2.0","id":1,"method":"stub_requests","params":{}}"#.utf8)
      let semaphore = DispatchSemaphore(value: 0)
      nonisolated(unsafe) var count = -1
      URLSession.shared.dataTask(with: request) { data, _, _ in
        if let data, let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] {
          count = object["result"] as? Int ?? -1
        }
        semaphore.signal()
      }.resume()
      _ = semaphore.wait(timeout: .now() + 60)
      return count
    }

    /// The stub gets SIGKILL (a child of a test thread may inherit a mask that blocks SIGTERM);
    /// lying-node.py ends on the end of its input, so it can stop the stub it started.
    deinit {
      try? input.fileHandleForWriting.close()
      if !stopsWhenInputCloses { kill(process.processIdentifier, SIGKILL) }
      process.waitUntilExit()
    }
  }

  static func sampleTransaction() throws -> DecodedTransaction {
    let text = try String(
      contentsOf: root.appendingPathComponent("samples/near-ft-transfer-call.b64"), encoding: .utf8)
    return try TransactionDecoder.decode(
      try Base64.decode(text.trimmingCharacters(in: .whitespacesAndNewlines)))
  }

  static func snapshot() throws -> NEARSnapshot {
    try NEARSnapshot.parse(json: String(contentsOf: snapshotPath, encoding: .utf8))
  }

  @Test func clientReadsWhatTheNodeHolds() throws {
    let node = try StubNode()
    let client = NEARRPCClient(url: node.url, timeout: .seconds(60))
    let block = try client.block(.final)
    #expect(block.height == 150_000_000)
    #expect(block.gasPrice == UInt256(100_000_000))
    let alice = try client.viewAccount(F.id("alice.near"), at: .height(block.height))
    #expect(alice?.amount == UInt256(25) * F.near)
    #expect(alice?.storageUsage == 182)
    #expect(try client.viewAccount(F.id("ghost.near"), at: .final) == nil)
    #expect(try client.viewCode(F.id("alice.near"), at: .final) == nil)
    let code = try client.viewCode(F.id("dollar.token.near"), at: .final)
    #expect(code == F.contract("ft"))
    let state = try client.viewState(
      F.id("dollar.token.near"), prefix: Array("b:".utf8), at: .final)
    #expect(state[Array("b:alice.near".utf8)] == F.balance("alice.near", 500_000_000).1)
    #expect(state.count == 2)
    let key = try Self.snapshot().accounts[F.id("alice.near")]?.accessKeys?.keys.first
    let found = try client.viewAccessKey(F.id("alice.near"), publicKey: #require(key), at: .final)
    #expect(found == AccessKey(nonce: 41, permission: .fullAccess))
    #expect(
      try client.viewAccessKey(F.id("alice.near"), publicKey: F.key("nobody"), at: .final) == nil)
  }

  @Test func simulationOverRPCMatchesTheSnapshotAndRecordsAReplayableState() throws {
    let node = try StubNode()
    let tx = try Self.sampleTransaction()
    let offline = NEARSimulator(state: try Self.snapshot()).simulate(tx)
    #expect(offline.status == .succeeded(value: Array(#""75000000""#.utf8)))

    let rpc = NEARRPCState(client: NEARRPCClient(url: node.url, timeout: .seconds(60)))
    let recording = NEARRecordingState(recording: rpc)
    let online = NEARSimulator(state: recording).simulate(tx)
    #expect(online.status == offline.status)
    #expect(online.gasBurnt == offline.gasBurnt)
    #expect(online.effects == offline.effects)

    // Reads are cached: a second run asks the node nothing new.
    let asked = try node.requestCount()
    _ = NEARSimulator(state: rpc).simulate(tx)
    #expect(try node.requestCount() == asked + 1)

    let saved = recording.snapshot
    let replayed = NEARSimulator(state: try NEARSnapshot.parse(json: saved.json)).simulate(tx)
    #expect(replayed.status == offline.status)
    #expect(replayed.effects == offline.effects)
    #expect(replayed.receipts == offline.receipts)
  }

  @Test func slowNodeTimesOutWithAClearError() throws {
    let node = try StubNode(delay: 3)
    let client = NEARRPCClient(url: node.url, timeout: .milliseconds(500))
    let start = ContinuousClock.now
    #expect {
      try client.viewAccount(F.id("alice.near"), at: .final)
    } throws: { error in
      guard case NEARStateError.unavailable(let reason)? = error as? NEARStateError else {
        return false
      }
      return reason.contains("view_account alice.near")
    }
    #expect(ContinuousClock.now - start < .seconds(3))
  }

  @Test func unreachableNodeIsUnavailableNotAbsent() throws {
    let client = NEARRPCClient(url: URL(string: "http://127.0.0.1:9")!, timeout: .seconds(2))
    let result = NEARSimulator(state: NEARRPCState(client: client)).simulate(
      F.transaction("alice.near", to: "bob.near", [.transfer(deposit: UInt256(1))]))
    guard case .notSimulated(let reason) = result.status else {
      Issue.record("expected notSimulated, got \(result.status)")
      return
    }
    #expect(reason.hasPrefix("state unavailable: http://127.0.0.1:9: block: connection refused"))
  }
}
