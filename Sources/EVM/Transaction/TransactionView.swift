import TxrayCore

extension TransactionDecoder {
  /// A signed transaction as a node shows it (eth_getTransactionByHash, txpool_content): its
  /// fields and signature are encoded back into the raw transaction, which is decoded as raw
  /// bytes are, the sender recovered with libsecp256k1. The view's own "hash" and "from" must be
  /// what that gives: a view that contradicts its signature is refused, naming both values.
  ///
  /// Names a transaction does not sign (L2 nodes add their own, such as zkSync's
  /// "l1BatchNumber") are left out rather than refused: unlike a request's, a view's fields are
  /// proven by its hash, so a mistyped "To" cannot pass as a creation, and what is left out
  /// cannot change what is explained. A "calls" batch is still refused.
  static func decode(view fields: RequestFields) throws(DecodeError) -> Transaction {
    try refuseCallBatch(fields)
    guard fields.has("r"), fields.has("s"), fields.has("v", "yParity") else {
      throw DecodeError("a signed transaction needs r, s and v (or yParity)")
    }
    let r = try fields.quantity("r") ?? .zero
    let s = try fields.quantity("s") ?? .zero
    let notSigned = (fields.object.objectMembers ?? []).map(\.key).filter {
      !requestFieldNames.contains($0)
    }
    var stated = fields.removing(notSigned)
    // A mined dynamic-fee view's gasPrice is the price it paid, not a field it signed.
    if try fields.quantity("type").map({ $0 >= 2 }) ?? fields.has("maxFeePerGas") {
      stated = stated.removing("gasPrice")
    }
    let parsed = try decode(request: stated)
    let missing = parsed.unsetFields.filter { $0 != "chainId" || parsed.type != .legacy }
    guard missing.isEmpty else {
      throw DecodeError(
        "a signed transaction states every field; this one has no "
          + missing.joined(separator: ", "))
    }
    var encoder = RLPEncoder()
    if parsed.type == .legacy {
      let v = try fields.quantity("v") ?? .zero
      encoder.appendList { list in
        list.appendLegacyFields(of: parsed)
        list.appendInteger(v)
        list.appendInteger(r)
        list.appendInteger(s)
      }
    } else {
      let yParity = try fields.quantity("yParity", "v") ?? .zero
      encoder.appendEncoded(CollectionOfOne(parsed.type.rawValue))
      encoder.appendList { list in
        list.appendUnsignedFields(of: parsed)
        list.appendInteger(yParity)
        list.appendInteger(r)
        list.appendInteger(s)
      }
    }
    let tx = try decodeSigned(encoder.bytes)
    if parsed.type == .legacy, let chainId = parsed.chainId, chainId != tx.chainId {
      throw DecodeError(
        "the view's chainId \(chainId.decimalString) is not the one its v signs for "
          + "(\(tx.chainId?.decimalString ?? "none"))")
    }
    if let hash = try fields.bytes("hash"), hash != tx.hash {
      throw DecodeError(
        "the view's hash \(Hex.encode(hash)) is not the hash of its fields and signature, "
          + (tx.hash.map { Hex.encode($0) } ?? "none"))
    }
    if let from = parsed.from, from != tx.from {
      throw DecodeError(
        "the view's from \(from.checksummed) is not who signed it, "
          + (tx.from?.checksummed ?? "nobody recoverable"))
    }
    return tx
  }
}
