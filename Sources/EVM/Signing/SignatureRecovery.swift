import Secp256k1Signatures
import TxrayCore

/// Why a signature yields no signer.
enum SignatureError: Error, Equatable, CustomStringConvertible {
  case rOutOfRange
  case sOutOfRange
  case yParityOutOfRange
  case noPublicKey

  var description: String {
    switch self {
    case .rOutOfRange: "signature r is not in [1, n-1] (n = the secp256k1 order)"
    case .sOutOfRange: "signature s is not in [1, n-1] (n = the secp256k1 order)"
    case .yParityOutOfRange: "signature y-parity is not 0 or 1"
    case .noPublicKey: "signature does not recover to any public key"
    }
  }
}

extension Secp256k1 {
  /// The account whose key signed `digest` with (r, s, yParity): the last 20 bytes of the
  /// Keccak-256 of its 64-byte public key.
  func recoverAddress(
    digest: [UInt8], r: UInt256, s: UInt256, yParity: UInt256
  ) throws(SignatureError) -> Address {
    guard !r.isZero, r < Self.order else { throw .rOutOfRange }
    guard !s.isZero, s < Self.order else { throw .sOutOfRange }
    guard let parity = yParity.uint64Value, parity <= 1 else { throw .yParityOutOfRange }
    let compact = r.bigEndianBytes + s.bigEndianBytes
    guard
      let publicKey = recoverPublicKey(
        digest: digest, compactSignature: compact, recoveryId: Int32(parity))
    else { throw .noPublicKey }
    return Address.fromPublicKey(uncompressed64: publicKey)
  }
}
