import TxrayCore

/// A transaction or delegate-action signature, written `ed25519:<base58>` or
/// `secp256k1:<base58>`.
public struct Signature: Sendable, Hashable, CustomStringConvertible {
  public var type: KeyType
  public var data: [UInt8]

  public init(type: KeyType, data: [UInt8]) {
    self.type = type
    self.data = data
  }

  public var description: String { type.name + ":" + Base58.encode(data) }

  public static func parse(_ text: String) -> Result<Signature, DecodeError> {
    switch TypedBase58.parse(text, what: "signature", size: \.signatureSize) {
    case .success(let (type, data)): return .success(Signature(type: type, data: data))
    case .failure(let error): return .failure(error)
    }
  }
}
