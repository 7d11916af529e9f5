import Dispatch
import Foundation
import Synchronization
import TxrayCore

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// A blocking JSON-RPC 2.0 client over HTTP: one call or a batch per POST, each bounded by a
/// timeout. Blocking keeps `StateSource` synchronous for the interpreter; the wait is on a
/// semaphore while URLSession works on its own queue.
final class JSONRPCClient: Sendable {
  /// One call of a batch; params are JSON values (strings, booleans).
  struct Call {
    var method: String
    var params: [JSONValue]
  }

  let endpoint: URL
  let timeout: Duration
  /// The endpoint as errors show it: scheme, host and port only, since paths and queries of RPC
  /// URLs often carry API keys.
  let displayName: String
  private let session: URLSession

  init(endpoint: URL, timeout: Duration) {
    self.endpoint = endpoint
    self.timeout = timeout
    var name = "\(endpoint.scheme ?? "http")://\(endpoint.host ?? "?")"
    if let port = endpoint.port { name += ":\(port)" }
    displayName = name
    let configuration = URLSessionConfiguration.ephemeral
    configuration.timeoutIntervalForRequest = Self.seconds(timeout)
    configuration.timeoutIntervalForResource = Self.seconds(timeout)
    session = URLSession(configuration: configuration)
  }

  deinit {
    session.invalidateAndCancel()
  }

  /// Answers (a block header, a trace) nest a few levels; Foundation's parser, which read them
  /// before, allowed this much.
  private static let maxAnswerDepth = 512
  /// The largest answer read: a contract's code is at most 24 KiB (48 KiB as hex), a proof a few
  /// KiB; anything near this is not an answer to what txray asks.
  public static let maxAnswerBytes = 16 << 20

  private static func seconds(_ duration: Duration) -> Double {
    let parts = duration.components
    return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
  }

  /// The `result` of one call; a JSON-RPC error, an HTTP failure or a timeout is `.unavailable`
  /// naming the endpoint and method.
  func call(_ method: String, _ params: [JSONValue]) throws(StateError) -> JSONValue {
    let results = try batch([Call(method: method, params: params)])
    return results[0]
  }

  /// The results of `calls`, in order, sent as one JSON-RPC batch (a single object when there is
  /// one call, since some servers reject one-element batches).
  func batch(_ calls: [Call]) throws(StateError) -> [JSONValue] {
    let methods = Array(Set(calls.map(\.method))).sorted().joined(separator: "+")
    func failure(_ reason: String) -> StateError {
      .unavailable("\(displayName): \(methods): \(reason)")
    }
    let requests: [JSONValue] = calls.enumerated().map { index, call in
      .object([
        ("jsonrpc", .string("2.0")), ("id", .integer(index + 1)), ("method", .string(call.method)),
        ("params", .array(call.params)),
      ])
    }
    let body = Data((requests.count == 1 ? requests[0] : .array(requests)).serialized.utf8)
    let data = try post(body, failure: failure)
    guard data.count <= Self.maxAnswerBytes else {
      throw failure("the answer is larger than \(Self.maxAnswerBytes >> 20) MiB")
    }
    guard let decoded = try? JSONValue(parsing: Array(data), maxDepth: Self.maxAnswerDepth) else {
      throw failure("response is not JSON")
    }
    let responses = decoded.arrayItems ?? [decoded]
    var byID: [Int: JSONValue] = [:]
    for response in responses {
      if let id = response["id"]?.intValue { byID[id] = response }
    }
    var results: [JSONValue] = []
    for (index, call) in calls.enumerated() {
      guard let response = byID[index + 1] ?? (responses.count == 1 ? responses[0] : nil) else {
        throw failure("no response to \(call.method)")
      }
      if let error = response["error"], case .object = error {
        let message = error["message"]?.stringValue ?? "unknown error"
        throw .unavailable("\(displayName): \(call.method): \(message)")
      }
      guard let result = response["result"] else {
        throw .unavailable("\(displayName): \(call.method): response has no result")
      }
      results.append(result)
    }
    return results
  }

  private func post(_ body: Data, failure: (String) -> StateError) throws(StateError) -> Data {
    var request = URLRequest(url: endpoint, timeoutInterval: Self.seconds(timeout))
    request.httpMethod = "POST"
    request.httpBody = body
    request.setValue("application/json", forHTTPHeaderField: "Content-Type")
    let outcome = Outcome()
    let timeout = timeout
    let task = session.dataTask(with: request) { data, response, error in
      if let error {
        outcome.finish(.failed(TransportFailure.describe(error, timeout: timeout)))
      } else if let http = response as? HTTPURLResponse, !(200..<300).contains(http.statusCode) {
        outcome.finish(.failed("HTTP status \(http.statusCode)"))
      } else {
        outcome.finish(.received(data ?? Data()))
      }
    }
    task.resume()
    // URLSession's own timeout should fire first; this bound holds even if it does not.
    let deadline = DispatchTime.now() + Self.seconds(timeout) + 1
    guard outcome.done.wait(timeout: deadline) == .success else {
      task.cancel()
      throw failure("timed out after \(timeout)")
    }
    switch outcome.response.withLock({ $0 }) {
    case .received(let data): return data
    case .failed(let reason): throw failure(reason)
    case nil: throw failure("no response")
    }
  }

  /// The completion handler's result, handed across threads.
  private final class Outcome: Sendable {
    enum Response: Sendable {
      case received(Data)
      case failed(String)
    }
    let response = Mutex<Response?>(nil)
    let done = DispatchSemaphore(value: 0)

    func finish(_ value: Response) {
      response.withLock { $0 = value }
      done.signal()
    }
  }
}
