import CSecp256k1
import TxrayCore

/// ECDSA public-key recovery on secp256k1 through libsecp256k1.
///
/// The context is created once and shared: creating one is the expensive part of the library's
/// setup, and a context is never written after creation (we do not randomize it, which only
/// matters for signing), so concurrent use from many threads is safe, hence `@unchecked Sendable`.
public final class Secp256k1: @unchecked Sendable {
  public static let shared = Secp256k1()

  let context: OpaquePointer

  private init() {
    guard let context = secp256k1_context_create(UInt32(SECP256K1_CONTEXT_NONE)) else {
      preconditionFailure("libsecp256k1 could not allocate a context")
    }
    self.context = context
  }

  deinit {
    secp256k1_context_destroy(context)
  }

  /// The public key that produced `compactSignature` (r ‖ s, 32 bytes each, big-endian) with
  /// `recoveryId` over the 32-byte `digest`, as 64 bytes x ‖ y (the uncompressed point without
  /// its 0x04 prefix, which is what Ethereum hashes into an address).
  ///
  /// Returns nil when r or s is zero or not below the curve order, or when no curve point
  /// matches (r is not the x-coordinate of a point).
  public func recoverPublicKey(
    digest: [UInt8], compactSignature: [UInt8], recoveryId: Int32
  ) -> [UInt8]? {
    guard digest.count == 32, compactSignature.count == 64, (0...3).contains(recoveryId) else {
      return nil
    }
    var signature = secp256k1_ecdsa_recoverable_signature()
    guard
      secp256k1_ecdsa_recoverable_signature_parse_compact(
        context, &signature, compactSignature, recoveryId) == 1
    else { return nil }
    var publicKey = secp256k1_pubkey()
    guard secp256k1_ecdsa_recover(context, &publicKey, &signature, digest) == 1 else {
      return nil
    }
    var serialized = [UInt8](repeating: 0, count: 65)
    var length = serialized.count
    guard
      secp256k1_ec_pubkey_serialize(
        context, &serialized, &length, &publicKey, UInt32(SECP256K1_EC_UNCOMPRESSED)) == 1,
      length == 65
    else { return nil }
    return Array(serialized[1...])
  }
}

extension Secp256k1 {
  /// n, the order of the secp256k1 group; r and s must lie in [1, n-1].
  public static let order = UInt256(
    hexString: "fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141")!
  /// n / 2: since Homestead (EIP-2) a transaction's s must not exceed it, so that (r, n - s)
  /// cannot be used to make a second valid signature with a different hash.
  public static let halfOrder = order >> 1
}
