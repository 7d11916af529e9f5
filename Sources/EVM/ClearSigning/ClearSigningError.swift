/// Why an ERC-7730 descriptor file could not be used, naming the file and, where there is one,
/// the member at fault.
public struct ClearSigningError: Error, Sendable, Equatable, CustomStringConvertible {
  /// How a rejected file is counted: a template meant to be included is not an error, a file
  /// that breaks the format is.
  public enum Kind: String, Sendable {
    /// Not valid JSON, or a required member has the wrong shape.
    case malformed
    /// No deployment to bind to (a generic template used through `includes`).
    case template
    /// Binds through something txray cannot check offline (a factory's deployments).
    case unsupported
  }

  public var kind: Kind
  public var file: String
  public var message: String

  public init(_ kind: Kind, file: String, _ message: String) {
    self.kind = kind
    self.file = file
    self.message = message
  }

  public var description: String { "descriptor \(file): \(message)" }
}
