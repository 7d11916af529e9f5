import Secp256k1Signatures
import TxrayCore

extension RLPDecoder {
  /// An EIP-7702 authorization list: `[[chainId, address, nonce, yParity, r, s], ...]`, with each
  /// tuple's authority recovered from `keccak(0x05 || rlp([chainId, address, nonce]))`.
  mutating func readAuthorizationList() throws(DecodeError) -> [Authorization] {
    var tuples = try readList("authorizationList")
    var authorizations: [Authorization] = []
    while !tuples.isAtEnd {
      let tupleOffset = tuples.position
      var tuple = try tuples.readList("authorization")
      guard try tuple.remainingCount() == 6 else {
        throw DecodeError(
          "authorization must have 6 items (chainId, address, nonce, yParity, r, s)",
          offset: tupleOffset)
      }
      var authorization = Authorization(
        chainId: try tuple.readUInt256("authorization chainId"),
        address: try tuple.readAddress("authorization address"),
        nonce: try tuple.readUInt256("authorization nonce"),
        yParity: try tuple.readUInt256("authorization yParity"),
        r: try tuple.readUInt256("authorization r"),
        s: try tuple.readUInt256("authorization s"))
      authorization.recoverAuthority()
      authorizations.append(authorization)
    }
    return authorizations
  }
}

extension Authorization {
  /// Sets `authority`, or `authorityError` when the protocol would skip this tuple for its
  /// signature. Chain id and nonce checks need chain state and are left to the caller.
  public mutating func recoverAuthority() {
    guard s <= Secp256k1.halfOrder else {
      authority = nil
      authorityError = "signature s is above n/2, which EIP-7702 rejects (low-s rule)"
      return
    }
    let digest = SigningPayload.authorizationHash(
      chainId: chainId, address: address, nonce: nonce)
    do {
      authority = try Secp256k1.shared.recoverAddress(
        digest: digest, r: r, s: s, yParity: yParity)
      authorityError = nil
    } catch {
      authority = nil
      authorityError = error.description
    }
  }
}
