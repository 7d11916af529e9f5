import Foundation

/// Runs the built `txray` executable as a user would, capturing its streams and exit code.
struct TxrayProcess {
  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The executable SwiftPM built next to the test bundle (this target depends on it).
  static let executable: URL = {
    let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for dir in [
      beside, beside.deletingLastPathComponent(),
      packageRoot.appendingPathComponent(".build/debug"),
    ] {
      let candidate = dir.appendingPathComponent("txray")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
    }
    return packageRoot.appendingPathComponent(".build/debug/txray")
  }()

  static func sample(_ name: String) -> String {
    packageRoot.appendingPathComponent("samples").appendingPathComponent(name).path
  }

  /// txray may exit before reading all of a hostile stdin; the test must see its answer, not die
  /// of SIGPIPE while still writing.
  private static let ignoreBrokenPipes: Void = { signal(SIGPIPE, SIG_IGN) }()

  /// An environment without the user's configuration or installed model: a test sees the
  /// rule-based explanation and no address book unless it sets `TXRAY_CACHE` or
  /// `XDG_CONFIG_HOME` itself through `environment`.
  static func isolatedEnvironment(_ overrides: [String: String]) -> [String: String] {
    var environment = ProcessInfo.processInfo.environment
    let empty = FileManager.default.temporaryDirectory.appendingPathComponent(
      "txray-tests-empty-\(getpid())"
    ).path
    environment["TXRAY_CACHE"] = empty + "/cache"
    environment["XDG_CONFIG_HOME"] = empty + "/config"
    environment.merge(overrides) { $1 }
    return environment
  }

  static func run(
    _ arguments: [String], stdin: Data? = nil, environment: [String: String] = [:]
  ) throws -> Result {
    ignoreBrokenPipes
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.environment = isolatedEnvironment(environment)
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    let input = Pipe()
    process.standardInput = input
    try process.run()
    // Feed stdin and drain both outputs concurrently so a large input or output cannot deadlock.
    let writer = Thread {
      if let stdin { try? input.fileHandleForWriting.write(contentsOf: stdin) }
      try? input.fileHandleForWriting.close()
    }
    writer.start()
    let errData = ErrorDrain(err.fileHandleForReading)
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus,
      stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData.wait(), as: UTF8.self))
  }
}

/// Reads a pipe to its end on a thread of its own.
private final class ErrorDrain: @unchecked Sendable {
  private var data = Data()
  private let done = DispatchSemaphore(value: 0)

  init(_ handle: FileHandle) {
    Thread {
      self.data = handle.readDataToEndOfFile()
      self.done.signal()
    }.start()
  }

  func wait() -> Data {
    done.wait()
    return data
  }
}
