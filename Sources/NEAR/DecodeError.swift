/// Why some bytes or some RPC JSON are not a NEAR transaction, and where that was found.
///
/// Every decoding failure in this module is one of these, so the command line can show one line
/// that points at the offending byte.
public struct DecodeError: Error, Sendable, Equatable, CustomStringConvertible {
  public var message: String
  /// Byte offset in the Borsh input; nil for JSON input, where `message` names the field.
  public var offset: Int?

  public init(_ message: String, offset: Int? = nil) {
    self.message = message
    self.offset = offset
  }

  public var description: String {
    guard let offset else { return message }
    return "\(message) at byte \(offset)"
  }
}
