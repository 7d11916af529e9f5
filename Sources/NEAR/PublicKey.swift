import TxrayCore

/// An access key's public key, written `ed25519:<base58>` or `secp256k1:<base58>`.
public struct PublicKey: Sendable, Hashable, CustomStringConvertible {
  public var type: KeyType
  public var data: [UInt8]

  public init(type: KeyType, data: [UInt8]) {
    self.type = type
    self.data = data
  }

  public var description: String { type.name + ":" + Base58.encode(data) }

  /// Parses the `type:base58` text form; nil with a reason when it is not one.
  public static func parse(_ text: String) -> Result<PublicKey, DecodeError> {
    switch TypedBase58.parse(text, what: "public key", size: \.publicKeySize) {
    case .success(let (type, data)): return .success(PublicKey(type: type, data: data))
    case .failure(let error): return .failure(error)
    }
  }
}
