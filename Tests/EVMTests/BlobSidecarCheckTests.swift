import EVM
import Testing
import TxrayCore

/// The network form's sidecar against the transaction it travels with: commitments against the
/// versioned hashes, proofs against the blobs (eth-account's real KZG sidecars, one blob proof
/// in the EIP-4844 form, 128 cell proofs in the EIP-7594 form).
@Suite struct BlobSidecarCheckTests {
  static let forms = ["blob-one-real-blob-network-eip4844", "blob-one-real-blob-network-eip7594"]

  /// The vector with one byte of the first item of the wrapper's `field` (1 blobs,
  /// 2 commitments, 3 proofs, in either wrapper) changed at `offset`.
  static func tampered(_ name: String, field: Int, offset: Int) throws -> Transaction {
    let (type, wrapper) = try TransactionDecoderTests.typedFields(
      try TransactionDecoderTests.vectorInput(name))
    var fields = wrapper
    let index = fields.count - 4 + field
    guard case .list(var items) = fields[index], case .bytes(var bytes) = items[0] else {
      throw DecodeError("no \(field)")
    }
    bytes[offset] ^= 0x01
    items[0] = .bytes(bytes)
    fields[index] = .list(items)
    return try TransactionDecoder.decode(TransactionDecoderTests.typed(type, fields))
  }

  @Test(arguments: forms)
  func aRealSidecarIsValid(name: String) throws {
    let tx = try TransactionDecoder.decode(try TransactionDecoderTests.vectorInput(name))
    #expect(tx.sidecar?.blobCount == 1)
    #expect(tx.validity(fork: .osaka) == Validity(isValid: true))
  }

  @Test(arguments: forms)
  func aCommitmentThatIsNotTheVersionedHashsIsInvalid(name: String) throws {
    let tx = try Self.tampered(name, field: 2, offset: 47)
    #expect(
      tx.validity(fork: .osaka).reason
        == "blob 0's KZG commitment does not hash to its versioned hash")
  }

  @Test(arguments: forms)
  func aChangedBlobFailsItsProofs(name: String) throws {
    // Byte 5 of a field element: the element stays below the scalar modulus.
    let tx = try Self.tampered(name, field: 1, offset: 5)
    let reason = try #require(tx.validity(fork: .osaka).reason)
    #expect(reason.hasSuffix("KZG proofs do not match the blobs and commitments"), "\(reason)")
  }

  @Test(arguments: forms)
  func aChangedProofIsInvalid(name: String) throws {
    // The last byte of a compressed point: another x, almost never on the curve or in G1.
    let tx = try Self.tampered(name, field: 3, offset: 47)
    let reason = try #require(tx.validity(fork: .osaka).reason)
    #expect(reason.contains("KZG proofs"), "\(reason)")
  }
}
