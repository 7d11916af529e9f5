import Crypto

/// EIP-4844's name for a blob: the version byte 0x01, then the last 31 bytes of the SHA-256
/// of its KZG commitment.
enum BlobVersionedHash {
  static func of(commitment: some Collection<UInt8>) -> [UInt8] {
    var hash = Array(SHA256.hash(data: Array(commitment)))
    hash[0] = ProtocolLimits.kzgVersionByte
    return hash
  }
}
