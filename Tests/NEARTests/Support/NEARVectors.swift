import Foundation
import Testing

/// The vectors `scripts/gen-near-vectors.py` wrote with py-near-primitives, PyNaCl and coincurve.
struct NEARVector: Sendable, CustomTestStringConvertible {
  var name: String
  var source: String
  var format: String
  var hex: String
  var base64: String
  var hash: String?
  var signatureValid: Bool?
  /// JSON text of the expected fields (JSONSerialization objects are not Sendable).
  var expectedJSON: String
  var rpcViewJSON: String?

  var testDescription: String { name }

  var expected: [String: Any] {
    (try? JSONSerialization.jsonObject(with: Data(expectedJSON.utf8)) as? [String: Any]) ?? [:]
  }

  var bytes: [UInt8] {
    var out: [UInt8] = []
    var index = hex.startIndex
    while index < hex.endIndex {
      let next = hex.index(index, offsetBy: 2)
      out.append(UInt8(hex[index..<next], radix: 16) ?? 0)
      index = next
    }
    return out
  }

  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  static let all: [NEARVector] = {
    let url = packageRoot.appendingPathComponent("Tests/NEARTests/Fixtures/near-vectors.json")
    guard let data = try? Data(contentsOf: url),
      let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
      let vectors = root["vectors"] as? [[String: Any]]
    else { return [] }
    return vectors.compactMap { v in
      guard let name = v["name"] as? String, let source = v["source"] as? String,
        let format = v["format"] as? String, let hex = v["hex"] as? String,
        let base64 = v["base64"] as? String, let expected = v["expected"],
        let expectedData = try? JSONSerialization.data(withJSONObject: expected)
      else { return nil }
      let rpc = v["rpcView"].flatMap { try? JSONSerialization.data(withJSONObject: $0) }
      return NEARVector(
        name: name, source: source, format: format, hex: hex, base64: base64,
        hash: v["hash"] as? String, signatureValid: v["signatureValid"] as? Bool,
        expectedJSON: String(decoding: expectedData, as: UTF8.self),
        rpcViewJSON: rpc.map { String(decoding: $0, as: UTF8.self) })
    }
  }()
}

/// Whether every member of `expected` (recursively, arrays element by element) equals the one in
/// `actual`; members only `actual` has are not compared. `ignoring` skips keys at any depth.
func matches(_ expected: Any, _ actual: Any?, ignoring: Set<String> = []) -> Bool {
  switch expected {
  case let object as [String: Any]:
    guard let actual = actual as? [String: Any] else { return false }
    return object.allSatisfy { key, value in
      ignoring.contains(key) || matches(value, actual[key], ignoring: ignoring)
    }
  case let array as [Any]:
    guard let actual = actual as? [Any], actual.count == array.count else { return false }
    return zip(array, actual).allSatisfy { matches($0, $1, ignoring: ignoring) }
  case is NSNull:
    return actual == nil || actual is NSNull
  default:
    guard let expected = expected as? NSObject, let actual = actual as? NSObject else {
      return false
    }
    return expected.isEqual(actual)
  }
}
