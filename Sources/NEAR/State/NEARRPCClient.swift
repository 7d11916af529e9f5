import Foundation
import TxrayCore

/// A NEAR JSON-RPC client for the reads a simulation needs: `query` (`view_account`,
/// `view_access_key`, `view_code`, `view_state`) and `block`. Synchronous, with a timeout per
/// request; every failure is a `NEARStateError.unavailable` that says what was asked and why it
/// failed. "Does not exist" answers (unknown account, key or code) come back as nil. Each request
/// is bounded in time and size (`NodeConnection`).
public struct NEARRPCClient: Sendable {
  public var url: URL
  public var timeout: Duration
  private let connection: any NodeTransport

  /// `transport` carries the requests: a real POST unless a fuzz body answers them itself.
  public init(
    url: URL, timeout: Duration = .seconds(10), transport: any NodeTransport = NodeConnection()
  ) {
    self.url = url
    self.timeout = timeout
    connection = transport
  }

  /// The endpoint as errors show it: scheme, host and port only, since paths and queries of RPC
  /// URLs often carry API keys.
  public var displayName: String {
    var name = "\(url.scheme ?? "http")://\(url.host ?? "?")"
    if let port = url.port { name += ":\(port)" }
    return name
  }

  /// Where the queries read: a block height, or the latest final block.
  public enum BlockReference: Sendable, Equatable {
    case height(UInt64)
    case final

    var parameters: [(key: String, value: JSONValue)] {
      switch self {
      case .height(let height): return [("block_id", .number(String(height)))]
      case .final: return [("finality", .string("final"))]
      }
    }
  }

  public func block(_ reference: BlockReference) throws(NEARStateError) -> NEARBlock {
    let result = try call("block", reference.parameters, what: "block")
    let block: NEARBlock
    do {
      let header = try JSONFields(result, path: "block").fields("header")
      block = try NEARStateJSON.block(header)
    } catch { throw .unavailable("\(displayName): block: unexpected answer: \(error.message)") }
    if case .height(let asked) = reference, block.height != asked {
      throw .unavailable(
        "\(displayName): block: asked for block \(asked), the answer is block \(block.height)")
    }
    return block
  }

  public func viewAccount(_ id: AccountId, at block: BlockReference) throws(NEARStateError)
    -> NEARAccount?
  {
    guard let result = try query("view_account", id, block, []) else { return nil }
    do { return try NEARStateJSON.account(try JSONFields(result, path: "view_account")) } catch {
      throw .unavailable("\(displayName): view_account \(id): unexpected answer: \(error.message)")
    }
  }

  public func viewAccessKey(_ id: AccountId, publicKey: PublicKey, at block: BlockReference)
    throws(NEARStateError) -> AccessKey?
  {
    guard
      let result = try query(
        "view_access_key", id, block, [("public_key", .string(publicKey.description))])
    else { return nil }
    do { return try NEARStateJSON.accessKey(result, path: "view_access_key") } catch {
      throw .unavailable(
        "\(displayName): view_access_key \(id) \(publicKey): unexpected answer: \(error.message)")
    }
  }

  public func viewCode(_ id: AccountId, at block: BlockReference) throws(NEARStateError)
    -> [UInt8]?
  {
    guard let result = try query("view_code", id, block, []) else { return nil }
    do { return try JSONFields(result, path: "view_code").base64("code_base64") } catch {
      throw .unavailable("\(displayName): view_code \(id): unexpected answer: \(error.message)")
    }
  }

  /// Every key/value under `prefix` (a node refuses prefixes whose state is too large).
  public func viewState(_ id: AccountId, prefix: [UInt8], at block: BlockReference)
    throws(NEARStateError) -> [[UInt8]: [UInt8]]
  {
    guard
      let result = try query(
        "view_state", id, block, [("prefix_base64", .string(Base64.encode(prefix)))])
    else { return [:] }
    do {
      return try NEARStateJSON.state(try JSONFields(result, path: "view_state"), key: "values")
    } catch {
      throw .unavailable("\(displayName): view_state \(id): unexpected answer: \(error.message)")
    }
  }

  /// A `query`; nil when the node says the thing does not exist.
  private func query(
    _ requestType: String, _ id: AccountId, _ block: BlockReference,
    _ extra: [(key: String, value: JSONValue)]
  ) throws(NEARStateError) -> JSONValue? {
    let parameters =
      [("request_type", .string(requestType)), ("account_id", .string(id.value))]
      + block.parameters + extra
    let result: JSONValue
    do throws(NEARStateError) {
      result = try call("query", parameters, what: "\(requestType) \(id)")
    } catch {
      if case .unavailable(let reason) = error, reason.hasPrefix(Self.absentMarker) { return nil }
      throw error
    }
    // Older nodes answer some failures inside a successful result.
    if let error = result["error"]?.stringValue {
      if Self.meansAbsent(error) { return nil }
      throw .unavailable("\(displayName): \(requestType) \(id): \(error)")
    }
    // Every answer names the block it was read at: one from another block is not this state.
    if case .height(let asked) = block {
      guard let height = result["block_height"]?.numberText.flatMap({ UInt64($0) }) else {
        throw .unavailable("\(displayName): \(requestType) \(id): the answer names no block_height")
      }
      guard height == asked else {
        throw .unavailable(
          "\(displayName): \(requestType) \(id): asked at block \(asked), the answer is from block \(height)"
        )
      }
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
  private func call(
    _ method: String, _ parameters: [(key: String, value: JSONValue)], what: String
  ) throws(NEARStateError) -> JSONValue {
    let body = JSONValue.object([
      ("jsonrpc", .string("2.0")), ("id", .string("txray")), ("method", .string(method)),
      ("params", .object(parameters)),
    ])
    let answer = try post(Data(body.serialized.utf8), what: what)
    guard let root = try? JSONValue(parsing: Array(answer), maxDepth: Self.maxAnswerDepth),
      case .object = root
    else {
      throw .unavailable("\(displayName): \(what): the answer is not a JSON object")
    }
    if let error = root["error"], error != .null {
      let cause = error["cause"]?["name"]?.stringValue ?? ""
      let message = Self.errorText(error)
      if Self.absentCauses.contains(cause) || Self.meansAbsent(message) {
        throw .unavailable(Self.absentMarker + message)
      }
      throw .unavailable("\(displayName): \(what): node error: \(message)")
    }
    guard let result = root["result"] else {
      throw .unavailable("\(displayName): \(what): no result in the answer")
    }
    return result
  }

  private static func errorText(_ error: JSONValue) -> String {
    guard case .object = error else { return error.stringValue ?? error.serialized }
    if let cause = error["cause"], let name = cause["name"]?.stringValue {
      return name + (cause["info"].map { " " + $0.serialized } ?? "")
    }
    if let data = error["data"]?.stringValue { return data }
    return error["message"]?.stringValue ?? "unknown error"
  }

  /// A node's answers nest a few levels; anything deeper is not an answer txray reads.
  private static let maxAnswerDepth = 64
  /// The largest answer read: a contract of NEAR's 4 MiB maximum is 5.4 MiB as base64, and a
  /// node refuses view_state beyond a few hundred KiB.
  public static let maxAnswerBytes = 16 << 20

  /// nearcore answers its structured errors with HTTP 400 and 500 and a JSON body.
  private func post(_ body: Data, what: String) throws(NEARStateError) -> Data {
    let answer: NodeConnection.Answer
    do {
      answer = try connection.post(body, to: url, timeout: timeout, maxBytes: Self.maxAnswerBytes)
    } catch { throw .unavailable("\(displayName): \(what): \(error.reason)") }
    guard (200..<300).contains(answer.status) || answer.status == 400 || answer.status == 500
    else {
      throw .unavailable("\(displayName): \(what): HTTP status \(answer.status)")
    }
    return answer.body
  }
}
