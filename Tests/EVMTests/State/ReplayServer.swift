import Foundation

/// scripts/rpc-replay.py on a loopback port, started and stopped by the test that needs it.
final class ReplayServer {
  let process = Process()
  private let input = Pipe()
  let port: Int

  /// `hang`: accept connections and never answer.
  init(hang: Bool = false) throws {
    let script = SharedTestData.packageRoot.appendingPathComponent("scripts/rpc-replay.py")
    let output = Pipe()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", script.path] + (hang ? ["--hang"] : [])
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
