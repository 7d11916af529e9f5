import Foundation
import Testing

/// `txray --rpc` against scripts/lying-node.py, end to end: whatever the node does wrong, txray
/// ends within its timeout and a little more, with one line naming the endpoint and exit code 3
/// (simulation could not be carried out), and never prints a verdict from a simulation that
/// lacked data.
@Suite(.serialized) struct HostileNodeCommandTests {
  /// scripts/lying-node.py on a free loopback port; stopped (with the NEAR stub behind it) when
  /// its stdin closes.
  final class LyingNode {
    let process = Process()
    private let input = Pipe()
    let port: Int

    init(_ mode: String, chain: String) throws {
      let root = TxrayProcess.packageRoot
      let data =
        chain == "evm"
        ? root.appendingPathComponent("Tests/EVMTests/Fixtures/proof-vectors.json")
        : root.appendingPathComponent("samples/near-ft-transfer-call.state.json")
      let output = Pipe()
      process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
      process.arguments = [
        "python3", root.appendingPathComponent("scripts/lying-node.py").path, mode, "--\(chain)",
        data.path,
      ]
      process.standardInput = input
      process.standardOutput = output
      try process.run()
      let line = String(
        decoding: output.fileHandleForReading.readLine(), as: UTF8.self)
      port = Int(line.dropFirst("PORT ".count)) ?? 0
    }

    var url: String { "http://127.0.0.1:\(port)/v1/secret-key" }

    deinit {
      try? input.fileHandleForWriting.close()
      process.waitUntilExit()
    }
  }

  static let timeout = 2.0
  /// txray's own bound is the timeout plus one second; the rest is process start and a busy
  /// machine.
  static let bound = Duration.seconds(12)

  struct Run {
    var result: TxrayProcess.Result
    var elapsed: Duration
  }

  static func run(_ node: LyingNode, _ arguments: [String], timeout: Double = timeout) throws
    -> Run
  {
    let start = ContinuousClock.now
    let result = try TxrayProcess.run(
      arguments + ["--rpc", node.url, "--timeout", String(timeout), "--no-model"])
    return Run(result: result, elapsed: ContinuousClock.now - start)
  }

  /// One line on stderr naming the endpoint (never its path), exit 3, within the bound.
  static func expectFailed(
    _ run: Run, node: LyingNode, _ expected: [String],
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let stderr = run.result.stderr
    #expect(run.result.status == 3, "\(stderr)", sourceLocation: sourceLocation)
    #expect(stderr.hasPrefix("txray: "), "\(stderr)", sourceLocation: sourceLocation)
    #expect(
      stderr.filter { $0 == "\n" }.count == 1, "\(stderr)", sourceLocation: sourceLocation)
    #expect(
      stderr.contains("http://127.0.0.1:\(node.port)"), "\(stderr)",
      sourceLocation: sourceLocation)
    #expect(!stderr.contains("secret"), sourceLocation: sourceLocation)
    for text in expected {
      #expect(stderr.contains(text), "\(stderr)", sourceLocation: sourceLocation)
    }
    #expect(run.elapsed < bound, "\(run.elapsed)", sourceLocation: sourceLocation)
  }

  static let evmTransaction = TxrayProcess.sample("erc20-transfer.hex")

  @Test(arguments: [
    ("stall", "timed out after 2"), ("close", "transfer closed with"), ("garbage", "not JSON"),
    ("wrong-shape", "not a block"), ("huge", "larger than 16 MiB"), ("nested", "not JSON"),
  ])
  func aBrokenEVMNodeEndsInTimeWithExitCode3AndNoVerdict(mode: String, expected: String) throws {
    let node = try LyingNode(mode, chain: "evm")
    let run = try Self.run(node, [Self.evmTransaction])
    Self.expectFailed(run, node: node, ["eth_getBlockByNumber", expected])
    #expect(run.result.stdout.isEmpty)
  }

  /// An answer without a length is cut off once 16 MiB have arrived; the long timeout leaves
  /// a busy machine time to send them.
  @Test(arguments: ["evm", "near"])
  func anEndlessAnswerIsCutOffAt16MiB(chain: String) throws {
    let node = try LyingNode("flood", chain: chain)
    let run = try Self.run(node, [Self.transaction(chain)], timeout: 60)
    #expect(run.result.status == 3)
    #expect(run.result.stderr.contains("the answer is larger than 16 MiB"), "\(run.result.stderr)")
    #expect(!run.result.stdout.contains("Verdict: no findings"))
  }

  @Test func anEVMNodeAnsweringForAnotherBlockIsRefused() throws {
    let node = try LyingNode("wrong-block", chain: "evm")
    let run = try Self.run(node, [Self.evmTransaction, "--block", "20999999"])
    Self.expectFailed(run, node: node, ["asked for block 20999999, the answer is block 21000000"])
    #expect(run.result.stdout.isEmpty)
  }

  @Test func verifyStateNamesTheAccountTheNodeContradictsItselfAbout() throws {
    let node = try LyingNode("contradict", chain: "evm")
    let run = try Self.run(node, [Self.evmTransaction, "--verify-state"])
    Self.expectFailed(
      run, node: node,
      ["contradicts itself about account 0x95222290DD7278Aa3Ddd389Cc1E1d165CC4BAfe5"])
    #expect(run.result.stdout.isEmpty)
  }

  @Test func verifyStateRefusesAnEndpointWithoutEthGetProof() throws {
    let node = try LyingNode("no-proof", chain: "evm")
    let run = try Self.run(node, [Self.evmTransaction, "--verify-state"])
    Self.expectFailed(run, node: node, ["--verify-state", "eth_getProof"])
  }

  @Test func verifyStateOnAnHonestNodeGivesTheSnapshotsSimulation() throws {
    let node = try LyingNode("honest", chain: "evm")
    let online = try Self.run(node, [Self.evmTransaction, "--verify-state", "--json"])
    #expect(online.result.status == 0, "\(online.result.stderr)")
    let offline = try TxrayProcess.run([
      Self.evmTransaction, "--state", TxrayProcess.sample("erc20-transfer.state.json"), "--json",
      "--no-model",
    ])
    #expect(offline.status == 0)
    func simulation(_ stdout: String) throws -> String {
      let object = try JSONSerialization.jsonObject(with: Data(stdout.utf8)) as? [String: Any]
      let simulation = try #require(object?["simulation"])
      return String(
        decoding: try JSONSerialization.data(withJSONObject: simulation, options: .sortedKeys),
        as: UTF8.self)
    }
    #expect(try simulation(online.result.stdout) == simulation(offline.stdout))
    #expect(try simulation(online.result.stdout).contains(#""status":"success""#))
  }

  @Test func verifyStateNeedsAnEVMNode() throws {
    let node = try LyingNode("honest", chain: "near")
    let near = try Self.run(
      node, [TxrayProcess.sample("near-ft-transfer-call.b64"), "--verify-state"])
    #expect(near.result.status == 2)
    #expect(near.result.stderr.contains("--verify-state"))
    let offline = try TxrayProcess.run([
      Self.evmTransaction, "--verify-state", "--no-model",
    ])
    #expect(offline.status == 2)
    #expect(offline.stderr.contains("--verify-state needs --rpc"))
  }

  static let nearTransaction = TxrayProcess.sample("near-ft-transfer-call.b64")

  static func transaction(_ chain: String) -> String {
    chain == "evm" ? evmTransaction : nearTransaction
  }

  @Test(arguments: ["evm", "near"])
  func aNodeThatStallsMidSimulationEndsInTimeWithNoVerdict(chain: String) throws {
    let node = try LyingNode("stall-state", chain: chain)
    let run = try Self.run(node, [Self.transaction(chain)])
    Self.expectFailed(run, node: node, ["timed out after 2"])
    #expect(!run.result.stdout.contains("Verdict: no findings"), "\(run.result.stdout)")
    #expect(run.result.stdout.contains("Verdict: unchecked: not simulated"))
  }

  /// Every read answered right but 1.5 s late, each within the request timeout: the run still
  /// ends one read after its 4 s bound (the sample's EVM run needs 11 s of reads).
  @Test(arguments: ["evm", "near"])
  func aSlowNodeCannotStretchTheRunPastItsBound(chain: String) throws {
    let node = try LyingNode("slow", chain: chain)
    let run = try Self.run(node, [Self.transaction(chain)], timeout: 4)
    let stderr = run.result.stderr
    #expect(run.result.status == 3, "\(stderr)")
    #expect(stderr.filter { $0 == "\n" }.count == 1, "\(stderr)")
    #expect(stderr.contains("timed out after 4") || stderr.contains("longer than 4"), "\(stderr)")
    #expect(run.elapsed < .seconds(4 + 1.5 + 3), "\(run.elapsed)")
    #expect(!run.result.stdout.contains("Verdict: no findings"))
  }

  @Test(arguments: [
    ("stall", "timed out after 2"), ("close", "transfer closed with"),
    ("garbage", "not a JSON object"),
    ("wrong-shape", "unexpected answer"), ("huge", "larger than 16 MiB"),
    ("nested", "not a JSON object"),
    ("contradict", "contradicts itself about dollar.token.near"),
  ])
  func aBrokenNEARNodeEndsInTimeWithExitCode3AndNoVerdict(mode: String, expected: String) throws {
    let node = try LyingNode(mode, chain: "near")
    let run = try Self.run(node, [Self.nearTransaction])
    Self.expectFailed(run, node: node, [expected])
    // The decoded transaction is still explained, but nothing reads as checked.
    #expect(run.result.stdout.contains("NEAR transaction"))
    #expect(!run.result.stdout.contains("Verdict: no findings"), "\(run.result.stdout)")
    #expect(run.result.stdout.contains("Verdict: unchecked: not simulated"))
  }

  @Test func aNEARSimulationCutShortShowsOnlyWhatRanBeforeTheContradiction() throws {
    let node = try LyingNode("contradict", chain: "near")
    let run = try Self.run(node, [Self.nearTransaction, "--json"])
    #expect(run.result.status == 3)
    let object =
      try JSONSerialization.jsonObject(with: Data(run.result.stdout.utf8)) as? [String: Any]
    let simulation = try #require(object?["simulation"] as? [String: Any])
    #expect(simulation["status"] as? String == "notSimulated")
    #expect((object?["findings"] as? [Any])?.isEmpty == true)
    // Only the signer's charge for gas and deposit, made before the contract's code was read:
    // no token moved.
    let effects = try #require(simulation["effects"] as? [[String: Any]])
    #expect(effects.allSatisfy { $0["kind"] as? String == "balanceChange" })
    #expect(effects.allSatisfy { $0["account"] as? String == "alice.near" })
  }

  @Test func aNEARNodeAnsweringForAnotherBlockIsRefused() throws {
    let node = try LyingNode("wrong-block", chain: "near")
    let run = try Self.run(node, [Self.nearTransaction, "--block", "150000000"])
    Self.expectFailed(
      run, node: node, ["asked for block 150000000, the answer is block 150000001"])
    #expect(!run.result.stdout.contains("Verdict: no findings"))
  }
}

extension FileHandle {
  /// The bytes up to the first newline, read one at a time so nothing after it is consumed.
  fileprivate func readLine() -> [UInt8] {
    var line: [UInt8] = []
    while let byte = try? read(upToCount: 1)?.first, byte != 10 { line.append(byte) }
    return line
  }
}
