import Crypto

/// The SHA-256 digests NEAR identifies and signs things by.
public enum NEARHash {
  public static func sha256(_ bytes: [UInt8]) -> [UInt8] {
    Array(SHA256.hash(data: bytes))
  }

  /// NEP-461 prefix for delegate actions, 2^30 + 366: it makes a signed delegate action's
  /// message impossible to read as a transaction, whose first u32 is an account id length ≤ 64.
  public static let delegateActionPrefix: UInt32 = (1 << 30) + 366

  /// What a delegate action's signature covers: sha256(u32 prefix ‖ Borsh(delegate action)).
  public static func delegateActionHash(_ delegate: DelegateAction) -> [UInt8]? {
    guard let body = delegate.borshBytes else { return nil }
    var writer = BorshWriter()
    writer.u32(delegateActionPrefix)
    writer.fixed(body)
    return sha256(writer.bytes)
  }
}
