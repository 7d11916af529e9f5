import Foundation
import TxrayCore

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// A NEAR JSON-RPC client for the reads a simulation needs: `query` (`view_account`,
/// `view_access_key`, `view_code`, `view_state`) and `block`. Synchronous, with a timeout per
/// request; every failure is a `NEARStateError.unavailable` that says what was asked and why it
/// failed. "Does not exist" answers (unknown account, key or code) come back as nil.
public struct NEARRPCClient: Sendable {
  public var url: URL
  public var timeout: Duration

  public init(url: URL, timeout: Duration = .seconds(10)) {
    self.url = url
    self.timeout = timeout
  }

  /// Where the queries read: a block height, or the latest final block.
  public enum BlockReference: Sendable, Equatable {
    case height(UInt64)
    case final

    var parameters: [String: Any] {
      switch self {
      case .height(let height): return ["block_id": NSNumber(value: height)]
      case .final: return ["finality": "final"]
      }
    }
  }

  public func block(_ reference: BlockReference) throws(NEARStateError) -> NEARBlock {
    let result = try call("block", reference.parameters, what: "block")
    do {
      let header = try JSONFields(result, path: "block").fields("header")
      return try NEARStateJSON.block(header)
    } catch { throw .unavailable("block: unexpected answer: \(error.message)") }
  }

  public func viewAccount(_ id: AccountId, at block: BlockReference) throws(NEARStateError)
    -> NEARAccount?
  {
    guard let result = try query("view_account", id, block, [:]) else { return nil }
    do { return try NEARStateJSON.account(try JSONFields(result, path: "view_account")) } catch {
      throw .unavailable("view_account \(id): unexpected answer: \(error.message)")
    }
  }

  public func viewAccessKey(_ id: AccountId, publicKey: PublicKey, at block: BlockReference)
    throws(NEARStateError) -> AccessKey?
  {
    guard
      let result = try query(
        "view_access_key", id, block, ["public_key": publicKey.description])
    else { return nil }
    do { return try NEARStateJSON.accessKey(result, path: "view_access_key") } catch {
      throw .unavailable("view_access_key \(id) \(publicKey): unexpected answer: \(error.message)")
    }
  }

  public func viewCode(_ id: AccountId, at block: BlockReference) throws(NEARStateError)
    -> [UInt8]?
  {
    guard let result = try query("view_code", id, block, [:]) else { return nil }
    do { return try JSONFields(result, path: "view_code").base64("code_base64") } catch {
      throw .unavailable("view_code \(id): unexpected answer: \(error.message)")
    }
  }

  /// Every key/value under `prefix` (a node refuses prefixes whose state is too large).
  public func viewState(_ id: AccountId, prefix: [UInt8], at block: BlockReference)
    throws(NEARStateError) -> [[UInt8]: [UInt8]]
  {
    guard
      let result = try query(
        "view_state", id, block, ["prefix_base64": Base64.encode(prefix)])
    else { return [:] }
    do {
      return try NEARStateJSON.state(try JSONFields(result, path: "view_state"), key: "values")
    } catch { throw .unavailable("view_state \(id): unexpected answer: \(error.message)") }
  }

  /// A `query`; nil when the node says the thing does not exist.
  private func query(
    _ requestType: String, _ id: AccountId, _ block: BlockReference, _ extra: [String: Any]
  ) throws(NEARStateError) -> Any? {
    var parameters = block.parameters
    parameters["request_type"] = requestType
    parameters["account_id"] = id.value
    for (key, value) in extra { parameters[key] = value }
    let result: Any
    do throws(NEARStateError) {
      result = try call("query", parameters, what: "\(requestType) \(id)")
    } catch {
      if case .unavailable(let reason) = error, reason.hasPrefix(Self.absentMarker) { return nil }
      throw error
    }
    // Older nodes answer some failures inside a successful result.
    if let object = result as? [String: Any], let error = object["error"] as? String {
      if Self.meansAbsent(error) { return nil }
      throw .unavailable("\(requestType) \(id): \(error)")
    }
    return result
  }

  private static let absentMarker = "absent: "
  private static let absentCauses: Set<String> = [
    "UNKNOWN_ACCOUNT", "UNKNOWN_ACCESS_KEY", "NO_CONTRACT_CODE",
  ]

  private static func meansAbsent(_ text: String) -> Bool {
    text.contains("does not exist") || text.contains("has no contract code")
      || absentCauses.contains { text.contains($0) }
  }

  /// One JSON-RPC call; returns `result`. A structured error whose cause says "does not exist"
  /// is reported with `absentMarker` so `query` can turn it into nil.
  private func call(_ method: String, _ parameters: [String: Any], what: String)
    throws(NEARStateError) -> Any
  {
    let body: [String: Any] = [
      "jsonrpc": "2.0", "id": "txray", "method": method, "params": parameters,
    ]
    guard let data = try? JSONSerialization.data(withJSONObject: body) else {
      throw .unavailable("\(what): cannot encode the request")
    }
    let answer = try post(data, what: what)
    guard let root = try? JSONSerialization.jsonObject(with: answer) as? [String: Any] else {
      throw .unavailable("\(what): the answer is not a JSON object")
    }
    if let error = root["error"] {
      let cause =
        ((error as? [String: Any])?["cause"] as? [String: Any])?["name"] as? String ?? ""
      let message = Self.errorText(error)
      if Self.absentCauses.contains(cause) || Self.meansAbsent(message) {
        throw .unavailable(Self.absentMarker + message)
      }
      throw .unavailable("\(what): node error: \(message)")
    }
    guard let result = root["result"] else {
      throw .unavailable("\(what): no result in the answer")
    }
    return result
  }

  private static func errorText(_ error: Any) -> String {
    guard let object = error as? [String: Any] else { return String(describing: error) }
    if let cause = object["cause"] as? [String: Any], let name = cause["name"] as? String {
      let info = (cause["info"]).flatMap { try? JSONSerialization.data(withJSONObject: $0) }
      return name + (info.map { " " + String(decoding: $0, as: UTF8.self) } ?? "")
    }
    if let data = object["data"] as? String { return data }
    return object["message"] as? String ?? "unknown error"
  }

  private func post(_ body: Data, what: String) throws(NEARStateError) -> Data {
    var request = URLRequest(url: url)
    request.httpMethod = "POST"
    request.httpBody = body
    request.setValue("application/json", forHTTPHeaderField: "Content-Type")
    let seconds = Double(timeout.components.seconds) + Double(timeout.components.attoseconds) / 1e18
    request.timeoutInterval = seconds
    let box = ResponseBox()
    let task = URLSession.shared.dataTask(with: request) { data, response, error in
      box.set(data: data, status: (response as? HTTPURLResponse)?.statusCode, error: error)
    }
    task.resume()
    guard box.wait(seconds: seconds + 1) else {
      task.cancel()
      throw .unavailable("\(what): no answer from \(url.absoluteString) within \(timeout)")
    }
    let (data, status, error) = box.value
    if let error {
      throw .unavailable("\(what): \(url.absoluteString): \(error.localizedDescription)")
    }
    guard let status, (200..<300).contains(status) || status == 400 || status == 500 else {
      throw .unavailable("\(what): HTTP status \(box.value.status.map(String.init) ?? "none")")
    }
    guard let data else { throw .unavailable("\(what): empty answer") }
    return data
  }
}

/// Carries one URLSession answer from its callback thread to the waiting caller.
private final class ResponseBox: @unchecked Sendable {
  private let lock = NSLock()
  private let done = DispatchSemaphore(value: 0)
  private var stored: (data: Data?, status: Int?, error: (any Error)?) = (nil, nil, nil)

  func set(data: Data?, status: Int?, error: (any Error)?) {
    lock.withLock { stored = (data, status, error) }
    done.signal()
  }

  func wait(seconds: Double) -> Bool {
    done.wait(timeout: .now() + seconds) == .success
  }

  var value: (data: Data?, status: Int?, error: (any Error)?) { lock.withLock { stored } }
}
