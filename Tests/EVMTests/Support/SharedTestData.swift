import Foundation

/// Files under the shared conformance data, found from this file's path so the tests run from
/// any clone that has `../shared` beside it (CI clones elsewhere).
enum SharedTestData {
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // Support
    .deletingLastPathComponent()  // EVMTests
    .deletingLastPathComponent()  // Tests
    .deletingLastPathComponent()

  static func url(_ relativePath: String) -> URL {
    packageRoot.appendingPathComponent("../shared/testdata/\(relativePath)").standardized
  }

  /// The lines of a JSON Lines file, each parsed as a JSON object.
  static func jsonLines(_ relativePath: String) throws -> [[String: Any]] {
    let text = try String(contentsOf: url(relativePath), encoding: .utf8)
    return try text.split(separator: "\n").map { line in
      let object = try JSONSerialization.jsonObject(with: Data(line.utf8))
      guard let dictionary = object as? [String: Any] else {
        throw CocoaError(.coderReadCorrupt)
      }
      return dictionary
    }
  }
}
