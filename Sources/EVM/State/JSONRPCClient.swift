import Foundation
import TxrayCore

/// A blocking JSON-RPC 2.0 client over HTTP: one call or a batch per POST, each bounded by a
/// timeout and a size. Blocking keeps `StateSource` synchronous for the interpreter; the wait is
/// on a semaphore while URLSession works on its own queue (`NodeConnection`).
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
  private let connection: any NodeTransport

  init(endpoint: URL, timeout: Duration, transport: any NodeTransport) {
    self.endpoint = endpoint
    self.timeout = timeout
    connection = transport
    var name = "\(endpoint.scheme ?? "http")://\(endpoint.host ?? "?")"
    if let port = endpoint.port { name += ":\(port)" }
    displayName = name
  }

  /// Answers (a block header, a trace) nest a few levels; Foundation's parser, which read them
  /// before, allowed this much.
  private static let maxAnswerDepth = 512
  /// The largest answer read: a contract's code is at most 24 KiB (48 KiB as hex), a proof a few
  /// KiB; anything near this is not an answer to what txray asks.
  public static let maxAnswerBytes = 16 << 20

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
    let answer: NodeConnection.Answer
    do {
      answer = try connection.post(
        body, to: endpoint, timeout: timeout, maxBytes: Self.maxAnswerBytes)
    } catch { throw failure(error.reason) }
    guard (200..<300).contains(answer.status) else {
      throw failure("HTTP status \(answer.status)")
    }
    return answer.body
  }
}
