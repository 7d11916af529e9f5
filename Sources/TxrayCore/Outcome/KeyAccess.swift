/// What an added key may do on the account it is added to.
public enum KeyAccess: Sendable, Hashable {
  /// Anything the account owner can do, including moving all funds and deleting the account.
  case fullAccess
  /// Calls to `receiver` only (all methods when `methods` is empty), paying gas from
  /// `allowance` (nil: unlimited).
  case functionCall(receiver: String, methods: [String], allowance: UInt256?)
}
