import Foundation

/// A loopback node script (scripts/rpc-replay.py by default, or scripts/lying-node.py) on a free
/// port, started and stopped by the test that needs it.
final class ReplayServer {
  let process = Process()
  private let input = Pipe()
  let port: Int

  /// rpc-replay.py; `hang`: accept connections and never answer.
  convenience init(hang: Bool = false) throws {
    try self.init(script: "rpc-replay.py", arguments: hang ? ["--hang"] : [])
  }

  /// `script` in scripts/, which prints "PORT <n>" once it listens and stops when stdin closes.
  init(script: String, arguments: [String]) throws {
    let path = SharedTestData.packageRoot.appendingPathComponent("scripts/\(script)")
    let output = Pipe()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", path.path] + arguments
    process.standardInput = input
    process.standardOutput = output
    try process.run()
    // The first line is "PORT <n>"; read byte by byte so nothing after it is consumed.
    var line = ""
    while let byte = try output.fileHandleForReading.read(upToCount: 1)?.first, byte != 10 {
      line.append(Character(UnicodeScalar(byte)))
    }
    guard line.hasPrefix("PORT "), let port = Int(line.dropFirst(5)) else {
      try? input.fileHandleForWriting.close()
      throw CocoaError(.fileReadCorruptFile)
    }
    self.port = port
  }

  var url: URL { URL(string: "http://127.0.0.1:\(port)/")! }

  /// Closing stdin tells the server to stop (a signal may not: Foundation's Process can spawn
  /// it with SIGTERM blocked).
  func stop() {
    try? input.fileHandleForWriting.close()
    process.waitUntilExit()
  }

  deinit {
    if process.isRunning { stop() }
  }
}
