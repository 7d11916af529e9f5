import TxrayCore

extension TransactionDecoder {
  /// The names a node's view of a signed transaction has beyond a request's: where it was
  /// included, its hash and its signature.
  static let viewFieldNames = [
    "hash", "blockHash", "blockNumber", "blockTimestamp", "transactionIndex", "v", "r", "s",
    "yParity",
  ]

  /// A signed transaction as a node shows it (eth_getTransactionByHash, txpool_content): its
  /// fields and signature are encoded back into the raw transaction, which is decoded as raw
  /// bytes are, the sender recovered with libsecp256k1. The view's own "hash" and "from" must be
  /// what that gives: a view that contradicts its signature is refused, naming both values.
  static func decode(view fields: RequestFields) throws(DecodeError) -> Transaction {
    try checkFieldNames(fields, known: requestFieldNames + viewFieldNames)
    guard fields.has("r"), fields.has("s"), fields.has("v", "yParity") else {
      throw DecodeError("a signed transaction needs r, s and v (or yParity)")
    }
    let r = try fields.quantity("r") ?? .zero
    let s = try fields.quantity("s") ?? .zero
    var stated = fields
    // A mined dynamic-fee view's gasPrice is the price it paid, not a field it signed.
    if try fields.quantity("type").map({ $0 >= 2 }) ?? fields.has("maxFeePerGas") {
      stated = fields.removing("gasPrice")
    }
    let unsigned = try decode(request: stated.removing(viewFieldNames))
    let missing = unsigned.unsetFields.filter { $0 != "chainId" || unsigned.type != .legacy }
    guard missing.isEmpty else {
      throw DecodeError(
        "a signed transaction states every field; this one has no "
          + missing.joined(separator: ", "))
    }
    var encoder = RLPEncoder()
    if unsigned.type == .legacy {
      let v = try fields.quantity("v") ?? .zero
      encoder.appendList { list in
        list.appendLegacyFields(of: unsigned)
        list.appendInteger(v)
        list.appendInteger(r)
        list.appendInteger(s)
      }
    } else {
      let yParity = try fields.quantity("yParity", "v") ?? .zero
      encoder.appendEncoded(CollectionOfOne(unsigned.type.rawValue))
      encoder.appendList { list in
        list.appendUnsignedFields(of: unsigned)
        list.appendInteger(yParity)
        list.appendInteger(r)
        list.appendInteger(s)
      }
    }
    let tx = try decodeSigned(encoder.bytes)
    if unsigned.type == .legacy, let chainId = unsigned.chainId, chainId != tx.chainId {
      throw DecodeError(
        "the view's chainId \(chainId.decimalString) is not the one its v signs for "
          + "(\(tx.chainId?.decimalString ?? "none"))")
    }
    if let hash = try fields.bytes("hash"), hash != tx.hash {
      throw DecodeError(
        "the view's hash \(Hex.encode(hash)) is not the hash of its fields and signature, "
          + (tx.hash.map { Hex.encode($0) } ?? "none"))
    }
    if let from = unsigned.from, from != tx.from {
      throw DecodeError(
        "the view's from \(from.checksummed) is not who signed it, "
          + (tx.from?.checksummed ?? "nobody recoverable"))
    }
    return tx
  }
}
