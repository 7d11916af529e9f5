import Crypto
import Foundation
import Secp256k1Signatures

/// Checks that a signature over a 32-byte hash was made by a key, as nearcore does.
public enum SignatureVerifier {
  public static func isValid(_ signature: Signature, of hash: [UInt8], by key: PublicKey) -> Bool {
    guard signature.type == key.type else { return false }
    switch key.type {
    case .ed25519:
      guard let publicKey = try? Curve25519.Signing.PublicKey(rawRepresentation: key.data) else {
        return false
      }
      return publicKey.isValidSignature(Data(signature.data), for: Data(hash))
    case .secp256k1:
      return Secp256k1.shared.verify(
        digest: hash, recoverableSignature: signature.data, publicKey: key.data)
    }
  }
}

extension SignedDelegateAction {
  /// Whether `signature` covers this delegate action's NEP-461 hash under its public key.
  public var signatureValid: Bool {
    guard let hash = NEARHash.delegateActionHash(delegateAction) else { return false }
    return SignatureVerifier.isValid(signature, of: hash, by: delegateAction.publicKey)
  }
}
