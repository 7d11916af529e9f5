import EVM
import TxrayCore

/// The result of one (test, fork, index) entry.
public struct StateTestOutcome: Sendable, Equatable {
  public var name: String
  public var fork: String
  public var index: Int
  public var pass: Bool
  /// The root txray computed; nil when execution produced no post-state.
  public var stateRoot: [UInt8]?
  public var expected: [UInt8]
  public var error: String?

  public init(
    name: String, fork: String, index: Int, pass: Bool, stateRoot: [UInt8]?, expected: [UInt8],
    error: String?
  ) {
    self.name = name
    self.fork = fork
    self.index = index
    self.pass = pass
    self.stateRoot = stateRoot
    self.expected = expected
    self.error = error
  }

  /// The key the known-failures list uses: `name fork index`.
  public var key: String { "\(name) \(fork) \(index)" }

  /// One line of `txray dev statetest` output.
  public var json: JSONValue {
    .object([
      ("name", .string(name)), ("fork", .string(fork)), ("index", .integer(index)),
      ("pass", .bool(pass)), ("stateRoot", .optional(stateRoot.map { Hex.encode($0) })),
      ("expected", .string(Hex.encode(expected))), ("error", .optional(error)),
    ])
  }
}
