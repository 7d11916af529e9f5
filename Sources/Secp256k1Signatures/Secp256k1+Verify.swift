extension Secp256k1 {
  /// Whether the recoverable signature r ‖ s ‖ v (65 bytes, v in 0...3) over `digest` was made
  /// by `publicKey` (64 bytes x ‖ y). Recovering the key and comparing is how NEAR checks
  /// secp256k1 access keys: their signatures carry the recovery id.
  public func verify(digest: [UInt8], recoverableSignature: [UInt8], publicKey: [UInt8]) -> Bool {
    guard recoverableSignature.count == 65, publicKey.count == 64,
      let recoveryId = Int32(exactly: recoverableSignature[64]), recoveryId <= 3,
      let recovered = recoverPublicKey(
        digest: digest, compactSignature: Array(recoverableSignature[0..<64]),
        recoveryId: recoveryId)
    else { return false }
    return recovered == publicKey
  }
}
