/// The process exit codes; the man page's EXIT STATUS section lists the same table.
public enum TxrayExitCode: Int32, Sendable {
  /// Explained, or approved in `review`.
  case ok = 0
  /// Rejected in `review`.
  case rejected = 1
  /// The input cannot be read or decoded (for `batch`: some line could not).
  case badInput = 2
  /// A simulation was asked for and could not run (missing state, node unreachable, timeout).
  case simulationFailed = 3
  /// A finding at or above `--fail-on`.
  case blocked = 4
  /// The transaction does not do what `--expect` (or `--expect-words`) says.
  case mismatch = 5
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
