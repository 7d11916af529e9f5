import Foundation

/// The seeds libFuzzer starts from, written by scripts/fuzz-seeds.py exactly as scripts/fuzz
/// has it write them, from ../shared/testdata, samples/ and the test fixtures.
enum SeedInputs {
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  /// The seeds of `target`, in the order of their names (their SHA-1), so every run reads the
  /// same ones.
  static func of(_ target: String) throws -> [[UInt8]] {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("txray-fuzz-seeds-\(target)-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: directory) }
    let script = Process()
    script.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    script.arguments = [
      "python3", packageRoot.appendingPathComponent("scripts/fuzz-seeds.py").path, target,
      directory.path,
    ]
    script.standardOutput = FileHandle.nullDevice
    let errors = Pipe()
    script.standardError = errors
    try script.run()
    let message = errors.fileHandleForReading.readDataToEndOfFile()
    script.waitUntilExit()
    guard script.terminationStatus == 0 else {
      throw Failure(
        description: "fuzz-seeds.py \(target) failed: \(String(decoding: message, as: UTF8.self))")
    }
    return try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted().map {
      Array(try Data(contentsOf: directory.appendingPathComponent($0)))
    }
  }
}
