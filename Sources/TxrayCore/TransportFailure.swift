import Foundation

/// What went wrong on the way to a node, in words: Foundation on Linux describes most URL
/// loading errors as "The operation could not be completed", which names no cause.
public enum TransportFailure {
  /// NSURLErrorDomain's codes for the failures a node causes, as a person would say them.
  private static let causes: [Int: String] = [
    -1001: "timed out",
    -1004: "connection refused",
    -1005: "the connection closed before the answer was complete",
    -1011: "the answer is not a valid HTTP response",
    -1017: "the answer is not a valid HTTP response",
    -1103: "the answer is too large",
  ]

  /// `error` from a URL session task; a timeout names `timeout`.
  public static func describe(_ error: any Error, timeout: Duration) -> String {
    let error = error as NSError
    guard error.domain == "NSURLErrorDomain", let cause = causes[error.code] else {
      return error.localizedDescription
    }
    return error.code == -1001 ? "\(cause) after \(timeout)" : cause
  }
}
