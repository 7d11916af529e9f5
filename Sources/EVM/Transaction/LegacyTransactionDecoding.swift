import TxrayCore

extension TransactionDecoder {
  /// A legacy transaction: `rlp([nonce, gasPrice, gas, to, value, data, v, r, s])`, or one of the
  /// two signing payloads a wallet holds (6 fields before EIP-155; 9 with v = chain id, r = s = 0).
  static func decodeLegacy(_ raw: [UInt8], signedOnly: Bool) throws(DecodeError) -> Transaction {
    var input = RLPDecoder(raw)
    var fields = try input.readList("legacy transaction")
    try input.expectEnd(of: "the transaction")
    let allowed =
      signedOnly
      ? [9: "signed"]
      : [9: "signed, or EIP-155 signing payload", 6: "pre-EIP-155 signing payload"]
    let count = try fields.expectFieldCount(allowed, of: "legacy transaction", offset: 0)

    var tx = Transaction(type: .legacy, format: .unsigned)
    tx.nonce = try fields.readUInt256("nonce")
    tx.gasPrice = try fields.readUInt256("gasPrice")
    tx.gasLimit = try fields.readUInt256("gasLimit")
    tx.to = try fields.readRecipient()
    tx.value = try fields.readUInt256("value")
    tx.data = Array(try fields.readBytes("data"))
    if count == 6 {
      tx.signingHash = SigningPayload.hash(of: tx)
      return tx
    }

    let (signature, offsets) = try readSignature(&fields, vName: "v")
    if !signedOnly && signature.r.isZero && signature.s.isZero && !signature.v.isZero {
      tx.chainId = signature.v
      tx.signingHash = SigningPayload.hash(of: tx)
      return tx
    }
    let v = signature.v
    let yParity: UInt256
    if v == 27 || v == 28 {
      yParity = v - 27
    } else if v >= 35 {
      // EIP-155: v = chainId × 2 + 35 + yParity.
      let (chainId, parity) = (v - 35).quotientAndRemainder(dividingBy: 2)
      tx.chainId = chainId
      yParity = parity
    } else {
      throw DecodeError(
        "legacy v must be 27, 28 or chainId × 2 + 35/36, found \(v)", offset: offsets.v)
    }
    try recoverSender(&tx, signature: signature, yParity: yParity, offsets: offsets)
    tx.hash = keccak(raw, raw.indices)
    return tx
  }
}
