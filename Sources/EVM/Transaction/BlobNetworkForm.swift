import TxrayCore

extension TransactionDecoder {
  /// Bytes in one blob: 4096 field elements of 32 bytes.
  static let bytesPerBlob = 131_072
  /// Bytes in one KZG commitment or proof (a compressed BLS12-381 G1 point).
  static let kzgValueLength = 48
  /// Cell proofs per blob in the EIP-7594 (PeerDAS, Osaka) wrapper.
  static let cellProofsPerBlob = 128

  /// The EIP-4844 network form `0x03 || rlp([tx, blobs, commitments, proofs])`, or the
  /// EIP-7594 one `0x03 || rlp([tx, 1, blobs, commitments, cellProofs])`. The transaction hash
  /// covers only `0x03 || rlp(tx)`: the sidecar is not part of what is signed or mined.
  static func decodeBlobNetworkForm(
    _ raw: [UInt8], wrapper: RLPDecoder
  ) throws(DecodeError) -> Transaction {
    var wrapper = wrapper
    let count = try wrapper.expectFieldCount(
      [
        4: "tx, blobs, commitments, proofs",
        5: "tx, wrapper version, blobs, commitments, cell proofs",
      ], of: "blob transaction network form", offset: 1)
    let txHeader = try wrapper.peekHeader()
    var fields = try wrapper.readList("blob transaction")
    var tx = try decodeTypedFields(
      &fields, type: .blob, signedOnly: true, listOffset: txHeader.offset)

    var proofsPerBlob = 1
    if count == 5 {
      let versionOffset = wrapper.position
      let version = try wrapper.readUInt256("blob wrapper version")
      guard version == 1 else {
        throw DecodeError(
          "blob wrapper version must be 1 (EIP-7594), found \(version)", offset: versionOffset)
      }
      proofsPerBlob = cellProofsPerBlob
    }
    let blobsOffset = wrapper.position
    let blobs = try readBlobs(&wrapper)
    let blobCount = blobs.count
    let commitmentsOffset = wrapper.position
    let commitments = try wrapper.readFixedBytesList(
      "KZG commitments", itemName: "KZG commitment", length: kzgValueLength)
    let proofsOffset = wrapper.position
    let proofs = try wrapper.readFixedBytesList(
      "KZG proofs", itemName: "KZG proof", length: kzgValueLength)

    let hashCount = tx.blobVersionedHashes.count
    guard blobCount == hashCount else {
      throw DecodeError(
        "network form carries \(blobCount) blobs for \(hashCount) versioned hashes",
        offset: blobsOffset)
    }
    guard commitments.count == hashCount else {
      throw DecodeError(
        "network form carries \(commitments.count) commitments for \(hashCount) blobs",
        offset: commitmentsOffset)
    }
    guard proofs.count == hashCount * proofsPerBlob else {
      throw DecodeError(
        "network form carries \(proofs.count) proofs for \(hashCount) blobs "
          + "(expected \(hashCount * proofsPerBlob))",
        offset: proofsOffset)
    }
    tx.sidecar = BlobSidecar(blobs: blobs, commitments: commitments, proofs: proofs)
    tx.hash = ([TransactionType.blob.rawValue] + raw[txHeader.offset..<txHeader.payload.upperBound])
      .withUnsafeBytes { Keccak256.hash($0) }
    return tx
  }

  /// The blobs, each checked to be exactly 131072 bytes, as slices of the input (no copies).
  private static func readBlobs(
    _ wrapper: inout RLPDecoder
  ) throws(DecodeError) -> [ArraySlice<UInt8>] {
    var blobs = try wrapper.readList("blobs")
    var found: [ArraySlice<UInt8>] = []
    while !blobs.isAtEnd {
      let offset = blobs.position
      let blob = try blobs.readBytes("blob")
      guard blob.count == bytesPerBlob else {
        throw DecodeError(
          "blob must be \(bytesPerBlob) bytes, found \(blob.count)", offset: offset)
      }
      found.append(blob)
    }
    return found
  }
}
