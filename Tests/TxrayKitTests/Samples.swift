import Foundation

/// The transactions in the repository's `samples/` directory.
enum Samples {
  static func path(_ name: String) -> String {
    URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("samples").appendingPathComponent(name).path
  }
}
