import Crypto
import TxrayCore

/// 0x0a (EIP-4844): KZG point evaluation, 50,000 gas. Every check before the proof itself is
/// decided here exactly — gas, input length, the versioned hash of the commitment, field
/// elements below the BLS12-381 scalar modulus — so calls that fail on those fail as on chain.
/// An input that passes them all needs the BLS12-381 pairing, which txray does not have: that
/// ends the simulation as unsupported rather than guessing the proof's verdict.
enum PointEvaluation {
  static let gas: UInt64 = 50_000
  static let inputLength = 192

  /// The order of BLS12-381's G1: z and y must be below it.
  static let scalarModulus = UInt256(
    hexString: "0x73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff00000001")!

  static func run(input: [UInt8], gasLimit: UInt64) -> PrecompileOutcome {
    guard gas <= gasLimit, input.count == inputLength else { return .failure }
    let commitment = input[96..<144]
    var versionedHash = Array(SHA256.hash(data: commitment))
    versionedHash[0] = 0x01
    guard versionedHash.elementsEqual(input[0..<32]) else { return .failure }
    for range in [32..<64, 64..<96] {
      guard let element = UInt256(bigEndianBytes: input[range]), element < scalarModulus else {
        return .failure
      }
    }
    return Precompile.pointEvaluation.unsupported
  }
}
