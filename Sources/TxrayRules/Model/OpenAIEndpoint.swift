import Foundation
import TxrayCore

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// A model behind an OpenAI-compatible HTTP server on this machine: llama-server, Ollama,
/// LM Studio. Uses `POST /v1/chat/completions` with temperature 0, streaming by default.
///
/// The server's sampling is its own: even when the grammar is sent (`sendsGrammar`, which
/// llama-server honours and others ignore), txray cannot see that it was applied, so its text
/// goes through `ClaimCheck` like any prose.
public struct OpenAIEndpoint: LanguageModel {
  /// The chat-completions URL the requests go to.
  public let completionsURL: URL
  /// Sent as `model`; servers that host one model ignore it.
  public let model: String?
  public var streams: Bool
  public var sendsGrammar: Bool

  public var name: String { model ?? "endpoint " + completionsURL.absoluteString }

  /// `base` may be the server (`http://127.0.0.1:8080`), its `/v1`, or the full
  /// `/v1/chat/completions` URL. Nil for anything but an http(s) URL with a host.
  public init?(
    base: String, model: String? = nil, streams: Bool = true, sendsGrammar: Bool = false
  ) {
    guard let url = URL(string: base), let scheme = url.scheme?.lowercased(),
      scheme == "http" || scheme == "https", url.host != nil
    else { return nil }
    var path = url.path
    while path.hasSuffix("/") { path.removeLast() }
    if !path.hasSuffix("/chat/completions") {
      path += path.hasSuffix("/v1") ? "/chat/completions" : "/v1/chat/completions"
    }
    guard var components = URLComponents(url: url, resolvingAgainstBaseURL: false) else {
      return nil
    }
    components.path = path
    guard let resolved = components.url else { return nil }
    completionsURL = resolved
    self.model = model
    self.streams = streams
    self.sendsGrammar = sendsGrammar
  }

  public func generate(_ request: GenerationRequest, onToken: ((String) -> Void)?)
    throws(ModelError)
    -> Generation
  {
    let clock = ContinuousClock()
    let start = clock.now
    var urlRequest = URLRequest(url: completionsURL)
    urlRequest.httpMethod = "POST"
    urlRequest.setValue("application/json", forHTTPHeaderField: "Content-Type")
    // URLSession's timeout is an idle bound; a server says nothing while it reads the prompt, so
    // only the request's own wall-clock bound (the wait below) applies.
    urlRequest.timeoutInterval = Self.seconds(request.timeLimit) + 1
    urlRequest.httpBody = body(for: request)

    let receiver = CompletionReceiver(streams: streams, onToken: onToken, start: start)
    let session = URLSession(configuration: .ephemeral, delegate: receiver, delegateQueue: nil)
    defer { session.finishTasksAndInvalidate() }
    let task = session.dataTask(with: urlRequest)
    task.resume()
    let waited = receiver.done.wait(timeout: .now() + Self.seconds(request.timeLimit))
    if waited == .timedOut {
      task.cancel()
      return receiver.generation(stop: .timeLimit, totalTime: clock.now - start)
    }
    return try receiver.result(totalTime: clock.now - start)
  }

  func body(for request: GenerationRequest) -> Data {
    var body: [(key: String, value: JSONValue)] = [
      (
        "messages",
        .array([
          .object([("role", .string("system")), ("content", .string(request.system))]),
          .object([("role", .string("user")), ("content", .string(request.user))]),
        ])
      ),
      ("temperature", .integer(0)),
      ("max_tokens", .integer(request.maxTokens)),
      ("stream", .bool(streams)),
    ]
    if let model { body.append(("model", .string(model))) }
    if sendsGrammar, let grammar = request.grammar { body.append(("grammar", .string(grammar))) }
    return Data(JSONValue.object(body).serialized.utf8)
  }

  static func seconds(_ duration: Duration) -> Double {
    let (seconds, attoseconds) = duration.components
    return Double(seconds) + Double(attoseconds) / 1e18
  }
}

/// Collects one chat-completions response, streamed (server-sent events) or whole. Callbacks
/// arrive on URLSession's serial delegate queue; the lock covers the reads from the waiting
/// thread.
private final class CompletionReceiver: NSObject, URLSessionDataDelegate, @unchecked Sendable {
  let done = DispatchSemaphore(value: 0)
  private let streams: Bool
  private let onToken: ((String) -> Void)?
  private let start: ContinuousClock.Instant
  private let lock = NSLock()
  private var status = 0
  private var body = Data()
  private var lineBuffer = Data()
  private var text = ""
  private var pieces = 0
  private var firstPiece: ContinuousClock.Instant?
  private var finishReason: String?
  private var failure: ModelError?

  init(streams: Bool, onToken: ((String) -> Void)?, start: ContinuousClock.Instant) {
    self.streams = streams
    self.onToken = onToken
    self.start = start
  }

  func urlSession(
    _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
    completionHandler: @escaping (URLSession.ResponseDisposition) -> Void
  ) {
    lock.withLock { status = (response as? HTTPURLResponse)?.statusCode ?? 0 }
    completionHandler(.allow)
  }

  func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
    let (ok, streaming) = lock.withLock { (status == 200, streams) }
    guard ok, streaming else {
      lock.withLock { body.append(data) }
      return
    }
    lineBuffer.append(data)
    while let newline = lineBuffer.firstIndex(of: UInt8(ascii: "\n")) {
      let line = lineBuffer[lineBuffer.startIndex..<newline]
      lineBuffer = Data(lineBuffer[lineBuffer.index(after: newline)...])
      handleEvent(line)
    }
  }

  func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: Error?) {
    lock.withLock {
      if let error {
        failure = .endpoint(error.localizedDescription)
      } else if status != 200 {
        let detail = String(decoding: body.prefix(200), as: UTF8.self)
        failure = .endpoint("HTTP \(status): \(detail)")
      } else if !streams {
        parseWhole()
      }
    }
    done.signal()
  }

  /// One server-sent-events line: `data: {json}` or `data: [DONE]`.
  private func handleEvent(_ line: Data) {
    var text = String(decoding: line, as: UTF8.self)
    if text.hasSuffix("\r") { text.removeLast() }
    guard text.hasPrefix("data:") else { return }
    let payload = text.dropFirst(5).drop { $0 == " " }
    guard payload != "[DONE]",
      let object = try? JSONValue(parsing: String(payload)),
      let choice = object["choices"]?.arrayItems?.first
    else { return }
    let piece = choice["delta"]?["content"]?.stringValue ?? ""
    lock.withLock {
      if let reason = choice["finish_reason"]?.stringValue { finishReason = reason }
      if !piece.isEmpty {
        if firstPiece == nil { firstPiece = ContinuousClock.now }
        self.text += piece
        pieces += 1
      }
    }
    if !piece.isEmpty { onToken?(piece) }
  }

  /// A non-streamed response: `choices[0].message.content`.
  private func parseWhole() {
    guard let object = try? JSONValue(parsing: Array(body)),
      let choice = object["choices"]?.arrayItems?.first,
      let content = choice["message"]?["content"]?.stringValue
    else {
      failure = .endpoint("the response has no choices[0].message.content")
      return
    }
    text = content
    finishReason = choice["finish_reason"]?.stringValue
    pieces = object["usage"]?["completion_tokens"]?.intValue ?? 0
    firstPiece = ContinuousClock.now
    if !content.isEmpty { onToken?(content) }
  }

  func result(totalTime: Duration) throws(ModelError) -> Generation {
    let (failure, reason) = lock.withLock { (self.failure, finishReason) }
    if let failure { throw failure }
    return generation(stop: reason == "length" ? .tokenLimit : .finished, totalTime: totalTime)
  }

  func generation(stop: Generation.Stop, totalTime: Duration) -> Generation {
    lock.withLock {
      Generation(
        text: text, stop: stop, tokenCount: pieces,
        timeToFirstToken: firstPiece.map { $0 - start }, totalTime: totalTime)
    }
  }
}
