import Foundation
import Testing
import TxrayCore

@testable import TxrayRules

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// The real llama-server that scripts/setup-llama builds from the same llama.cpp source, on
/// loopback with an ephemeral port, serving SmolLM2.
@Suite(
  "llama-server through --endpoint",
  .serialized,
  .enabled(
    if: LlamaServer.binary != nil && ModelFixtures.smallModelPath != nil,
    "llama-server or SmolLM2 is not installed in txray's cache: run scripts/setup-llama"))
struct ModelServerTests {
  /// Whatever the small model writes, what is shown is either text that reads back into the
  /// claims, finding included, or the narrator's text with the reason. Then a lie planted in
  /// the server's own answer (the spender put where the signer stands) must be caught.
  @Test func proseThroughTheEndpointGoesThroughTheClaimCheck() throws {
    let server = try LlamaServer.start(model: try #require(ModelFixtures.smallModelPath))
    defer { server.stop() }
    let endpoint = try #require(OpenAIEndpoint(base: server.url))
    let narration = ModelFixtures.unlimitedApproval
    let explainer = ModelExplainer(model: endpoint, timeLimit: .seconds(60))
    var streamed = ""
    let attempt = explainer.attempt(narration: narration) { streamed += $0 }

    let raw = try #require(attempt.rawText, "no answer: \(attempt.explanation.rejection ?? "")")
    #expect(!raw.isEmpty)
    #expect(attempt.timeToFirstText != nil)
    switch attempt.explanation.source {
    case .model:
      #expect(
        attempt.explanation.text.contains(narration.slots.first { $0.name == "risk1" }!.value))
    case .rules:
      #expect(attempt.explanation.text == narration.body)
      #expect(attempt.explanation.rejection != nil)
    }
    let lie =
      ModelFixtures.sentence(narration, "finding.evm.unlimited-allowance")
      + " You sign as 0x0000…8BA3."
    #expect(ClaimCheck(narration: narration).check(raw + " " + lie).isRejected)
    #expect(ClaimCheck(narration: narration).check(lie).isRejected)
  }

  /// With the grammar sent, llama-server writes only the given statements, verbatim: the check
  /// accepts the text unless the model repeated one or left the finding out.
  @Test func grammarSentToLlamaServerIsHonoured() throws {
    let server = try LlamaServer.start(model: try #require(ModelFixtures.smallModelPath))
    defer { server.stop() }
    let endpoint = try #require(
      OpenAIEndpoint(base: server.url, streams: false, sendsGrammar: true))
    let narration = ModelFixtures.unlimitedApproval
    let prompt = ProsePrompt(narration: narration)
    let generation = try endpoint.generate(
      GenerationRequest(
        system: prompt.system, user: prompt.user, grammar: prompt.grammar, maxTokens: 300,
        timeLimit: .seconds(60)),
      onToken: nil)
    #expect(generation.stop == .finished)
    switch ClaimCheck(narration: narration).check(generation.text) {
    case .accepted: break
    case .rejected(let reason):
      #expect(reason.hasPrefix("states ") || reason.hasPrefix("omits "), "\(generation.text)")
    }
  }

  @Test func aServerThatIsNotThereIsAnErrorNotACrash() throws {
    let endpoint = try #require(OpenAIEndpoint(base: "http://127.0.0.1:9"))
    let result = ModelExplainer(model: endpoint).explain(narration: ModelFixtures.plainTransfer)
    #expect(result.source == .rules)
    #expect(result.rejection?.hasPrefix("endpoint: ") == true)
  }
}

extension ClaimCheck.Verdict {
  var isRejected: Bool {
    if case .rejected = self { return true }
    return false
  }
}

/// A llama-server child process on 127.0.0.1 with a port the kernel picks.
final class LlamaServer: @unchecked Sendable {
  static var binary: String? {
    let path =
      ModelChoice.cacheDirectory(environment: ProcessInfo.processInfo.environment)
      + "/llama-0.3.36/bin/llama-server"
    return FileManager.default.isExecutableFile(atPath: path) ? path : nil
  }

  let process: Process
  let url: String
  private let log: URL

  private init(process: Process, url: String, log: URL) {
    self.process = process
    self.url = url
    self.log = log
  }

  struct StartFailure: Error, CustomStringConvertible {
    var description: String
  }

  static func start(model: String) throws -> LlamaServer {
    guard let binary else { throw StartFailure(description: "llama-server is not installed") }
    let log = FileManager.default.temporaryDirectory.appendingPathComponent(
      "txray-llama-server-\(UUID().uuidString).log")
    guard FileManager.default.createFile(atPath: log.path, contents: nil) else {
      throw StartFailure(description: "cannot write \(log.path)")
    }
    let output = try FileHandle(forWritingTo: log)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: binary)
    // One thread: the suites run side by side, and ggml's spinning barriers collapse when two
    // threads compete for busy cores (see LlamaModel.threads(runnable:)).
    process.arguments = [
      "-m", model, "--host", "127.0.0.1", "--port", "0", "-t", "1", "-c", "2048", "-np", "1",
    ]
    process.standardOutput = output
    process.standardError = output
    try process.run()
    // The log names the port once the socket is bound; /health answers 200 once the model is in.
    let deadline = ContinuousClock.now + .seconds(60)
    var url: String?
    while ContinuousClock.now < deadline, process.isRunning {
      let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
      if url == nil, let range = text.range(of: "listening on http://127.0.0.1:") {
        let port = text[range.upperBound...].prefix { $0.isNumber }
        url = "http://127.0.0.1:" + port
      }
      if let url, healthy(url) {
        return LlamaServer(process: process, url: url, log: log)
      }
      Thread.sleep(forTimeInterval: 0.2)
    }
    let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
    LlamaServer(process: process, url: url ?? "", log: log).stop()
    throw StartFailure(description: "llama-server did not become ready:\n" + text.suffix(2000))
  }

  private static func healthy(_ url: String) -> Bool {
    guard let health = URL(string: url + "/health") else { return false }
    let done = DispatchSemaphore(value: 0)
    let status = StatusBox()
    var request = URLRequest(url: health)
    request.timeoutInterval = 2
    URLSession.shared.dataTask(with: request) { _, response, _ in
      status.set((response as? HTTPURLResponse)?.statusCode ?? 0)
      done.signal()
    }.resume()
    _ = done.wait(timeout: .now() + 3)
    return status.get() == 200
  }

  /// SIGTERM, then SIGKILL if the server is still shutting down after 3 seconds (its graceful
  /// shutdown can wait on a request the test already gave up on).
  func stop() {
    if process.isRunning { process.terminate() }
    let deadline = ContinuousClock.now + .seconds(3)
    while process.isRunning, ContinuousClock.now < deadline { Thread.sleep(forTimeInterval: 0.05) }
    if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    process.waitUntilExit()
    try? FileManager.default.removeItem(at: log)
  }
}

private final class StatusBox: @unchecked Sendable {
  private let lock = NSLock()
  private var value = 0
  func set(_ v: Int) { lock.withLock { value = v } }
  func get() -> Int { lock.withLock { value } }
}
