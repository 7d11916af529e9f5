/// Why the address book could not be used. The front end prints `description` as one line.
public struct AddressBookError: Error, Sendable, Equatable, CustomStringConvertible {
  public var path: String
  public var reason: String

  public init(path: String, reason: String) {
    self.path = path
    self.reason = reason
  }

  public var description: String { "address book \(path): \(reason)" }
}
