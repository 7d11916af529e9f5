import Foundation
import TxrayCore

/// Reads the JSON files in `Fixtures/` next to this source file. Found through `#filePath` so the
/// test target needs no resource bundle.
enum Fixtures {
  static func load<Value: Decodable>(_ name: String, as type: Value.Type) throws -> Value {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Fixtures").appendingPathComponent(name)
    return try JSONDecoder().decode(type, from: Data(contentsOf: url))
  }
}

/// Decodes hex that a fixture promises is well formed; a bad fixture fails the test that uses it.
func fixtureBytes(_ hex: String) throws -> [UInt8] {
  try Hex.decode(hex)
}
