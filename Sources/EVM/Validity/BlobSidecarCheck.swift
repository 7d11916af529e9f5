import CKZG

extension BlobSidecar {
  /// The first way this sidecar disagrees with the transaction's versioned hashes or its own
  /// blobs, as a validity reason: each commitment must hash to its versioned hash (EIP-4844),
  /// and the proofs — one per blob, or 128 cell proofs per blob in the EIP-7594 wrapper — must
  /// prove the blobs against the commitments. Proofs are checked by c-kzg-4844, as nodes do.
  func violation(versionedHashes: [[UInt8]]) -> String? {
    for (index, commitment) in commitments.enumerated()
    where index < versionedHashes.count
      && BlobVersionedHash.of(commitment: commitment) != versionedHashes[index]
    {
      return "blob \(index)'s KZG commitment does not hash to its versioned hash"
    }
    guard !blobs.isEmpty else { return nil }
    let settings = KZGTrustedSetup.shared.settings
    if proofs.count == blobs.count {
      let blobBytes = blobs.flatMap { $0 }
      let commitmentBytes = commitments.flatMap { $0 }
      let proofBytes = proofs.flatMap { $0 }
      var valid = false
      let result = txray_kzg_verify_blob_proofs(
        &valid, blobBytes, commitmentBytes, proofBytes, UInt64(blobs.count), settings)
      return verdict(result, valid: valid, what: "the blob KZG proofs")
    }
    let perBlob = proofs.count / blobs.count
    for (index, blob) in blobs.enumerated() {
      let cellProofs = proofs[(index * perBlob)..<((index + 1) * perBlob)].flatMap { $0 }
      var valid = false
      let result = Array(blob).withUnsafeBufferPointer { blob in
        txray_kzg_verify_cell_proofs(
          &valid, blob.baseAddress, commitments[index], cellProofs, settings)
      }
      if let problem = verdict(result, valid: valid, what: "blob \(index)'s cell KZG proofs") {
        return problem
      }
    }
    return nil
  }

  private func verdict(_ result: C_KZG_RET, valid: Bool, what: String) -> String? {
    if result == C_KZG_BADARGS {
      return "\(what): a blob holds a field element not below the BLS12-381 scalar modulus, "
        + "or a commitment or proof is not a G1 point"
    }
    guard result == C_KZG_OK else { return "\(what) could not be checked (c-kzg error \(result))" }
    return valid ? nil : "\(what) do not match the blobs and commitments"
  }
}
