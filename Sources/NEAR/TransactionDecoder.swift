import TxrayCore

/// Turns Borsh bytes into a decoded transaction or delegate action, hashes it and checks its
/// signature.
public enum TransactionDecoder {
  /// Accepts a `SignedTransaction`, a `Transaction`, a `SignedDelegateAction` or a
  /// `DelegateAction`. The shapes cannot be confused: a transaction's second field is a key whose
  /// type byte (0 or 1) would be the first byte of a delegate action's receiver id length.
  public static func decode(_ bytes: [UInt8]) throws(DecodeError) -> DecodedTransaction {
    guard !bytes.isEmpty else { throw DecodeError("no transaction bytes") }
    let transactionError: DecodeError
    do { return try decodeTransaction(bytes) } catch { transactionError = error }
    do { return try decodeDelegate(bytes) } catch {
      // Report the reading that got further: it is the one the bytes were meant as.
      throw (error.offset ?? 0) > (transactionError.offset ?? 0) ? error : transactionError
    }
  }

  private static func decodeTransaction(_ bytes: [UInt8]) throws(DecodeError) -> DecodedTransaction
  {
    var reader = BorshReader(bytes)
    let tx = try reader.transaction()
    let hash = tx.borshBytes.map(NEARHash.sha256)
    if reader.remaining == 0 {
      return DecodedTransaction(
        format: .unsigned, body: .transaction(tx), signature: nil, computedHash: hash,
        statedHash: nil, signatureValid: nil)
    }
    let signature = try reader.signature("transaction signature")
    try reader.finish("signed transaction")
    return DecodedTransaction(
      format: .signed, body: .transaction(tx), signature: signature, computedHash: hash,
      statedHash: nil,
      signatureValid: hash.map { SignatureVerifier.isValid(signature, of: $0, by: tx.publicKey) })
  }

  private static func decodeDelegate(_ bytes: [UInt8]) throws(DecodeError) -> DecodedTransaction {
    var reader = BorshReader(bytes)
    let delegate = try reader.delegateAction()
    let hash = NEARHash.delegateActionHash(delegate)
    if reader.remaining == 0 {
      return DecodedTransaction(
        format: .delegate, body: .delegate(delegate), signature: nil, computedHash: hash,
        statedHash: nil, signatureValid: nil)
    }
    let signature = try reader.signature("delegate signature")
    try reader.finish("signed delegate action")
    return DecodedTransaction(
      format: .signedDelegate, body: .delegate(delegate), signature: signature,
      computedHash: hash, statedHash: nil,
      signatureValid: hash.map {
        SignatureVerifier.isValid(signature, of: $0, by: delegate.publicKey)
      })
  }
}
