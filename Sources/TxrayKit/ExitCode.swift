/// The process exit codes; the man page's EXIT STATUS section lists the same table.
enum TxrayExitCode: Int32 {
  case ok = 0
  case rejected = 1
  case badInput = 2
  case simulationFailed = 3
  case blocked = 4
  /// Stopped by SIGINT or SIGTERM (128 + SIGINT, as shells report it).
  case interrupted = 130
}

/// A failure that ends the command with one line on stderr and a specific exit code.
struct Failure: Error {
  var message: String
  var exitCode: TxrayExitCode

  static func badInput(_ message: String) -> Failure {
    Failure(message: "bad input: " + message, exitCode: .badInput)
  }
}
