import CKZG
import TxrayCore

/// 0x0a (EIP-4844): KZG point evaluation, 50,000 gas. The input is versioned hash ‖ z ‖ y ‖
/// commitment ‖ proof (32 + 32 + 32 + 48 + 48 bytes); the call succeeds when the versioned hash
/// is the commitment's and the proof shows that the committed polynomial takes the value y at z.
/// The proof is checked by c-kzg-4844, the library the Ethereum clients use, which also rejects
/// z or y not below the scalar modulus and points not in G1.
enum PointEvaluation {
  static let gas: UInt64 = 50_000
  static let inputLength = 192

  /// FIELD_ELEMENTS_PER_BLOB ‖ BLS_MODULUS (the order of G1), each a 32-byte big-endian word:
  /// the output of every successful call.
  static let output =
    UInt256(4096).bigEndianBytes
    + UInt256(hexString: "0x73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff00000001")!
    .bigEndianBytes

  static func run(input: [UInt8], gasLimit: UInt64) -> PrecompileOutcome {
    guard gas <= gasLimit, input.count == inputLength,
      BlobVersionedHash.of(commitment: input[96..<144]).elementsEqual(input[0..<32]),
      verify(input)
    else { return .failure }
    return .success(gasUsed: gas, output: output)
  }

  private static func verify(_ input: [UInt8]) -> Bool {
    input.withUnsafeBytes { bytes in
      func pointer<T>(_ offset: Int, as type: T.Type) -> UnsafePointer<T> {
        // Bytes32 and Bytes48 are byte arrays in a struct: alignment 1, any offset is fine.
        (bytes.baseAddress! + offset).assumingMemoryBound(to: type)
      }
      var valid = false
      let result = verify_kzg_proof(
        &valid, pointer(96, as: Bytes48.self), pointer(32, as: Bytes32.self),
        pointer(64, as: Bytes32.self), pointer(144, as: Bytes48.self),
        KZGTrustedSetup.shared.settings)
      return result == C_KZG_OK && valid
    }
  }
}
