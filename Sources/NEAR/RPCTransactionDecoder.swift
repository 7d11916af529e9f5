import TxrayCore

/// Reads the `transaction` object NEAR RPC returns from `tx` / `EXPERIMENTAL_tx_status`
/// (`SignedTransactionView`), alone or inside the response.
///
/// The view differs from Borsh in two ways that limit what can be checked: it has no block
/// hash, so the hash cannot be recomputed (the stated one is used, and the signature is checked
/// against it), and a top-level `DeployContract` shows the SHA-256 of the code instead of the code.
/// A `block_hash` member, when someone adds it, makes the hash computable and checked.
public enum RPCTransactionDecoder {
  public static func decode(json text: String) throws(DecodeError) -> DecodedTransaction {
    guard let root = try? JSONValue(parsing: text), case .object = root else {
      throw DecodeError("RPC transaction is not a JSON object")
    }
    let object = try JSONFields(transactionObject(in: root), path: "transaction")
    let signerId = try object.accountId("signer_id")
    let publicKey = try object.publicKey("public_key")
    let nonce = try object.u64("nonce")
    let priorityFee = try object.optionalU64("priority_fee") ?? 0
    let blockHash = try object.optionalHash("block_hash")
    let tx = Transaction(
      version: priorityFee > 0 ? .v1(priorityFee: priorityFee) : .v0,
      signerId: signerId, publicKey: publicKey, nonce: nonce,
      receiverId: try object.accountId("receiver_id"), blockHash: blockHash,
      actions: try object.array("actions").map { element throws(DecodeError) in
        try RPCActionDecoder.action(element, codeIsHash: true, allowDelegate: true)
      })
    let signature = try object.optionalSignature("signature")
    let stated = try object.optionalHash("hash")
    let computed = tx.borshBytes.map(NEARHash.sha256)
    if let computed, let stated, computed != stated {
      throw DecodeError(
        "transaction.hash \(Base58.encode(stated)) is not the hash of the fields, "
          + Base58.encode(computed))
    }
    var valid: Bool?
    if let signature, let hash = computed ?? stated {
      valid = SignatureVerifier.isValid(signature, of: hash, by: tx.publicKey)
    }
    return DecodedTransaction(
      format: .rpcView, body: .transaction(tx), signature: signature, computedHash: computed,
      statedHash: stated, signatureValid: valid)
  }

  /// The view itself, or the one inside `{"transaction": …}` or a JSON-RPC `{"result": …}`.
  private static func transactionObject(in root: JSONValue) throws(DecodeError) -> JSONValue {
    if root["signer_id"] != nil { return root }
    if let result = root["result"], case .object = result {
      return try transactionObject(in: result)
    }
    if let inner = root["transaction"], case .object = inner {
      return try transactionObject(in: inner)
    }
    throw DecodeError("JSON has no NEAR transaction (no signer_id)")
  }
}
