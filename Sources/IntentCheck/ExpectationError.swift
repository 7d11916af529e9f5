/// Why an expectation could not be read: one line naming the clause and what was wrong, shown as
/// is by every front end.
public struct ExpectationError: Error, Sendable, Equatable, CustomStringConvertible {
  public let message: String

  public init(_ message: String) {
    self.message = message
  }

  public var description: String { message }
}
