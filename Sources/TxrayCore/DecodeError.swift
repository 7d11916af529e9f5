/// Why some bytes (or some JSON) are not what a decoder expected, and where that was found.
///
/// Every chain's decoders fail with one of these, so a front end can show one line that points
/// at the offending byte instead of a bare "invalid transaction".
public struct DecodeError: Error, Sendable, Equatable, CustomStringConvertible {
  /// What is wrong, e.g. "RLP string length has leading zero bytes".
  public var message: String
  /// Byte offset in the input where the problem was found; nil when it has no single place
  /// (a JSON field, or the input as a whole).
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
