import TxrayCore

/// What an added key may do, and its starting nonce.
public struct AccessKey: Sendable, Equatable {
  public var nonce: UInt64
  public var permission: AccessKeyPermission

  public init(nonce: UInt64, permission: AccessKeyPermission) {
    self.nonce = nonce
    self.permission = permission
  }
}

public enum AccessKeyPermission: Sendable, Equatable {
  /// May call only `methodNames` (every method when empty) on `receiverId`, paying fees from an
  /// allowance (unlimited when nil); cannot attach deposits or transfer NEAR.
  case functionCall(allowance: UInt256?, receiverId: String, methodNames: [String])
  /// May do anything the account can: move all its NEAR, add keys, delete the account.
  case fullAccess
}
