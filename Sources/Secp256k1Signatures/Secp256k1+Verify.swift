import CSecp256k1

/// ECDSA verification on secp256k1 against a known public key, the way nearcore checks
/// secp256k1 access keys: the 65-byte signature's recovery id must be 0...3 but is otherwise
/// ignored, and libsecp256k1's verify accepts only lower-s signatures, so (r, n - s) fails.
extension Secp256k1 {
  /// Whether r ‖ s ‖ v (65 bytes) over the 32-byte `digest` verifies under `publicKey`
  /// (64 bytes x ‖ y, the uncompressed point without its 0x04 prefix).
  public func verify(digest: [UInt8], recoverableSignature: [UInt8], publicKey: [UInt8]) -> Bool {
    guard digest.count == 32, recoverableSignature.count == 65, recoverableSignature[64] <= 3,
      publicKey.count == 64
    else { return false }
    var signature = secp256k1_ecdsa_signature()
    guard
      secp256k1_ecdsa_signature_parse_compact(
        context, &signature, Array(recoverableSignature[0..<64])) == 1
    else { return false }
    var key = secp256k1_pubkey()
    let serialized = [0x04] + publicKey
    guard secp256k1_ec_pubkey_parse(context, &key, serialized, serialized.count) == 1 else {
      return false
    }
    return secp256k1_ecdsa_verify(context, &signature, digest, &key) == 1
  }
}
