import Foundation

/// Opens each state source once per run and shares it: `batch` simulates thousands of lines
/// against one snapshot or one RPC endpoint, whose parse and cache must not be per line.
/// Keyed by chain ("evm", "near"), since the input's chain decides which source to open.
final class SharedStateCache: @unchecked Sendable {
  private let lock = NSLock()
  private var values: [String: any Sendable] = [:]
  private var failures: [String: Failure] = [:]

  /// The value opened for `key`, opening it with `open` the first time. A failure to open is
  /// remembered too, so every line reports the same error without retrying.
  func value<Value: Sendable>(
    _ key: String, open: () throws(Failure) -> Value
  ) throws(Failure) -> Value {
    lock.lock()
    defer { lock.unlock() }
    if let failure = failures[key] { throw failure }
    if let value = values[key] as? Value { return value }
    do {
      let value = try open()
      values[key] = value
      return value
    } catch {
      failures[key] = error
      throw error
    }
  }
}
