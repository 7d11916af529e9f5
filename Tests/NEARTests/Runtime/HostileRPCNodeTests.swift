import Foundation
import NEAR
import Testing
import TxrayCore

/// The NEAR RPC client and state against scripts/lying-node.py in front of the sample's stub
/// node: each hostile mode ends in a bounded time with an error naming the endpoint and the
/// request, and a simulation over it is "not simulated", never a result.
@Suite(.serialized) struct HostileRPCNodeTests {
  typealias F = SimulationFixtures
  typealias Node = RPCStateTests.StubNode

  static let height: UInt64 = 150_000_000
  static let timeout = Duration.seconds(2)
  /// The client's own bound is the timeout plus one second; the rest is a busy machine.
  static let bound = Duration.seconds(8)

  static func node(_ mode: String) throws -> Node {
    try Node(script: "lying-node.py", arguments: [mode, "--near", RPCStateTests.snapshotPath.path])
  }

  /// `body` must fail within the bound with a reason naming the endpoint and holding `expected`.
  func expectFailure(
    _ node: Node, _ expected: [String], sourceLocation: SourceLocation = #_sourceLocation,
    _ body: (NEARRPCClient) throws -> Void
  ) {
    let client = NEARRPCClient(url: node.url, timeout: Self.timeout)
    let start = ContinuousClock.now
    #expect(sourceLocation: sourceLocation) {
      try body(client)
    } throws: { error in
      guard case .unavailable(let reason) = error as? NEARStateError else { return false }
      let matches =
        reason.contains("http://127.0.0.1:\(node.port)") && expected.allSatisfy(reason.contains)
      if !matches { Issue.record("\(reason)") }
      return matches
    }
    #expect(ContinuousClock.now - start < Self.bound, sourceLocation: sourceLocation)
  }

  @Test(arguments: [
    ("stall", "timed out after 2"),
    ("close", "transfer closed with"),
    ("garbage", "the answer is not a JSON object"),
    ("wrong-shape", "unexpected answer"),
    ("huge", "larger than 16 MiB"),
    ("nested", "the answer is not a JSON object"),
  ])
  func aBrokenNodeFailsInTimeAndTheSimulationSaysSo(mode: String, expected: String) throws {
    let node = try Self.node(mode)
    expectFailure(node, ["block", expected]) { client in _ = try client.block(.final) }
    let state = NEARRPCState(client: NEARRPCClient(url: node.url, timeout: Self.timeout))
    let result = NEARSimulator(state: state).simulate(try RPCStateTests.sampleTransaction())
    guard case .notSimulated(let reason) = result.status else {
      Issue.record("\(mode): \(result.status)")
      return
    }
    #expect(reason.contains("127.0.0.1:\(node.port)"), "\(reason)")
    #expect(result.effects.isEmpty)
  }

  /// An answer without a length is cut off once 16 MiB have arrived; the long timeout leaves
  /// a busy machine time to send them.
  @Test func anEndlessAnswerIsCutOffAt16MiB() throws {
    let node = try Self.node("flood")
    #expect {
      _ = try NEARRPCClient(url: node.url, timeout: .seconds(60)).block(.final)
    } throws: { error in
      "\(error)".contains("http://127.0.0.1:\(node.port): block: the answer is larger than 16 MiB")
    }
  }

  @Test func aNodeAnsweringForAnotherBlockIsRefused() throws {
    let node = try Self.node("wrong-block")
    expectFailure(
      node, ["block: asked for block \(Self.height), the answer is block \(Self.height + 1)"]
    ) { client in _ = try client.block(.height(Self.height)) }
    expectFailure(
      node,
      [
        "view_account alice.near: asked at block \(Self.height), the answer is from block \(Self.height + 1)"
      ]
    ) { client in _ = try client.viewAccount(F.id("alice.near"), at: .height(Self.height)) }
  }

  @Test func codeThatIsNotWhatTheAccountsHashNamesIsAContradiction() throws {
    let node = try Self.node("contradict")
    let state = NEARRPCState(client: NEARRPCClient(url: node.url, timeout: .seconds(30)))
    #expect {
      _ = try state.code(F.id("dollar.token.near"))
    } throws: { error in
      guard case .unavailable(let reason) = error as? NEARStateError else { return false }
      return reason.contains("contradicts itself about dollar.token.near")
        && reason.contains("view_account names code hash")
    }
    let result = NEARSimulator(state: state).simulate(try RPCStateTests.sampleTransaction())
    guard case .notSimulated(let reason) = result.status else {
      Issue.record("\(result.status)")
      return
    }
    #expect(reason.contains("contradicts itself about dollar.token.near"), "\(reason)")
  }

  @Test func anHonestNodeBehindTheSameFrontSimulatesAsTheSnapshot() throws {
    let node = try Self.node("honest")
    let tx = try RPCStateTests.sampleTransaction()
    let offline = NEARSimulator(state: try RPCStateTests.snapshot()).simulate(tx)
    let state = NEARRPCState(client: NEARRPCClient(url: node.url, timeout: .seconds(30)))
    let online = NEARSimulator(state: state).simulate(tx)
    #expect(online.status == offline.status)
    #expect(online.effects == offline.effects)
  }

  @Test func errorsNameTheEndpointWithoutItsPath() throws {
    let node = try Self.node("garbage")
    let url = try #require(URL(string: "http://127.0.0.1:\(node.port)/v1/secret-api-key?key=123"))
    #expect {
      _ = try NEARRPCClient(url: url, timeout: Self.timeout).block(.final)
    } throws: { error in
      let text = "\(error)"
      return text.contains("http://127.0.0.1:\(node.port)") && !text.contains("secret")
        && !text.contains("key=")
    }
  }
}
