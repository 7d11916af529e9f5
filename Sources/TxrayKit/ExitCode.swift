/// The process exit codes; the man page's EXIT STATUS section lists the same table.
public enum TxrayExitCode: Int32, Sendable {
  case ok = 0
  case rejected = 1
  case badInput = 2
  case simulationFailed = 3
  case blocked = 4
  /// Stopped by SIGINT or SIGTERM (128 + SIGINT, as shells report it).
  case interrupted = 130
}

/// A failure that ends the command with one line on stderr and a specific exit code.
public struct Failure: Error {
  /// One line for stderr.
  public var message: String
  /// The exit status a front end ends with.
  public var exitCode: TxrayExitCode

  /// A failure with this message and exit status.
  public init(message: String, exitCode: TxrayExitCode) {
    self.message = message
    self.exitCode = exitCode
  }

  /// Input that cannot be explained: the message says what is wrong and where.
  public static func badInput(_ message: String) -> Failure {
    Failure(message: "bad input: " + message, exitCode: .badInput)
  }
}
