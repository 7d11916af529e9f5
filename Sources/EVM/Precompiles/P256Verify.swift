import Crypto
import Foundation
import TxrayCore

/// 0x100: ECDSA verification on secp256r1 (EIP-7951, Osaka) over a caller-given 32-byte hash.
///
/// Input is exactly 160 bytes: hash ‖ r ‖ s ‖ qx ‖ qy. A valid signature returns 32 bytes of
/// value 1; anything else (wrong length, r or s outside [1, n-1], a coordinate not below p, a
/// point off the curve or at infinity, a failed check) returns empty output. Gas 6900 either way.
enum P256Verify {
  static let gas: UInt64 = 6900

  static func run(input: [UInt8], gasLimit: UInt64) -> PrecompileOutcome {
    PrecompileGas.charge(gas, gasLimit: gasLimit) {
      verify(input) ? [UInt8](repeating: 0, count: 31) + [1] : []
    }
  }

  private static let order =
    UInt256(
      hexString: "ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551") ?? .zero
  private static let fieldPrime =
    UInt256(
      hexString: "ffffffff00000001000000000000000000000000ffffffffffffffffffffffff") ?? .zero

  private static func verify(_ input: [UInt8]) -> Bool {
    guard input.count == 160 else { return false }
    func word(_ index: Int) -> UInt256 {
      UInt256(bigEndianBytes: input[32 * index..<32 * index + 32]) ?? .max
    }
    let (r, s, x, y) = (word(1), word(2), word(3), word(4))
    guard !r.isZero, r < order, !s.isZero, s < order, x < fieldPrime, y < fieldPrime,
      let key = try? P256.Signing.PublicKey(x963Representation: [0x04] + input[96..<160]),
      let signature = try? P256.Signing.ECDSASignature(rawRepresentation: input[32..<96])
    else { return false }
    return key.isValidSignature(signature, for: PrehashedDigest(bytes: Array(input[0..<32])))
  }
}

/// A 32-byte hash the caller computed, presented to swift-crypto as a digest so that it verifies
/// the signature over exactly these bytes instead of hashing them again.
private struct PrehashedDigest: Digest {
  static let byteCount = 32
  let bytes: [UInt8]

  func withUnsafeBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
    try bytes.withUnsafeBytes(body)
  }

  func makeIterator() -> IndexingIterator<[UInt8]> { bytes.makeIterator() }

  var description: String { Hex.encode(bytes) }
}
