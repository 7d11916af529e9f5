/// Why calldata, a type string or an ABI file could not be read, and where.
///
/// Calldata is hostile input: a person must be able to see *which* argument was wrong and at
/// which byte, so every failure carries the argument path (`amounts[3]`, `order.offer[0].token`)
/// and the byte offset into the blob being decoded.
public struct ABIError: Error, Sendable, Equatable, CustomStringConvertible {
  /// What is wrong, e.g. "offset points past the end of the data".
  public var message: String
  /// The argument path, e.g. `calls[2].callData`; empty when the problem is not in one argument.
  public var path: String
  /// Byte offset in the blob being decoded (for a call: the whole calldata, selector included, so
  /// it matches what a person sees in the hex); nil when it has no single place (a type string, a
  /// JSON file).
  public var offset: Int?

  public init(_ message: String, path: String = "", offset: Int? = nil) {
    self.message = message
    self.path = path
    self.offset = offset
  }

  public var description: String {
    var text = path.isEmpty ? message : "\(path): \(message)"
    if let offset { text += " at byte \(offset)" }
    return text
  }
}
