/// Why typed data was refused, naming the place in the JSON (`message.details.amount`,
/// `types.Mail[2].type`) so the person or app can find the bad field.
public struct TypedDataError: Error, Sendable, Equatable, CustomStringConvertible {
  public var message: String
  /// Where the problem is; empty when it concerns the document as a whole.
  public var path: String

  public init(_ message: String, path: String = "") {
    self.message = message
    self.path = path
  }

  public var description: String { path.isEmpty ? message : "\(path): \(message)" }
}
