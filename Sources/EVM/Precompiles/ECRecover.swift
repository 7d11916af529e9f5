import Secp256k1Signatures
import TxrayCore

/// 0x01: the address that signed a 32-byte hash, from hash ‖ v ‖ r ‖ s (32 bytes each).
///
/// Gas 3000. Any bad input (v not 27/28, r or s out of range, no matching point) still consumes
/// the gas and returns empty output: the call succeeds, the caller sees no address.
enum ECRecover {
  static let gas: UInt64 = 3000

  static func run(input: [UInt8], gasLimit: UInt64) -> PrecompileOutcome {
    PrecompileGas.charge(gas, gasLimit: gasLimit) { recover(input.zeroPadded(from: 0, count: 128)) }
  }

  private static func recover(_ input: [UInt8]) -> [UInt8] {
    // v is a full 32-byte word: 27 or 28 with 31 leading zero bytes.
    guard input[32..<63].allSatisfy({ $0 == 0 }), input[63] == 27 || input[63] == 28,
      let publicKey = Secp256k1.shared.recoverPublicKey(
        digest: Array(input[0..<32]), compactSignature: Array(input[64..<128]),
        recoveryId: Int32(input[63] - 27))
    else { return [] }
    return [UInt8](repeating: 0, count: 12) + Address.fromPublicKey(uncompressed64: publicKey).bytes
  }
}
