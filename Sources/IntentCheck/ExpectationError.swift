import TxrayCore

/// Why an expectation could not be read: one line naming the clause and what was wrong, shown as
/// is by every front end. The words quoted in it were typed or pasted, so the message is made
/// safe for a terminal here, once.
public struct ExpectationError: Error, Sendable, Equatable, CustomStringConvertible {
  public let message: String

  public init(_ message: String) {
    self.message = TerminalSafeText.sanitize(message)
  }

  public var description: String { message }
}
