import TxrayCore

extension TransactionDecoder {
  /// An EIP-2718 typed transaction: `type || rlp([fields...])`, signed or as the signing payload.
  static func decodeTyped(
    _ raw: [UInt8], type: TransactionType, signedOnly: Bool
  ) throws(DecodeError) -> Transaction {
    var input = RLPDecoder(bytes: raw, range: 1..<raw.count)
    var body = try input.readList("\(type.eipName) transaction")
    try input.expectEnd(of: "the transaction")
    // The EIP-4844 network form wraps the transaction list in an outer list, so its first item
    // is a list where a plain blob transaction has its chain id.
    if type == .blob, !body.isAtEnd, try body.peekHeader().isList {
      return try decodeBlobNetworkForm(raw, wrapper: body)
    }
    var tx = try decodeTypedFields(&body, type: type, signedOnly: signedOnly, listOffset: 1)
    if tx.format == .signed {
      tx.hash = keccak(raw, raw.indices)
    }
    return tx
  }

  /// Number of fields a typed transaction's signing payload has; the signed form adds 3.
  static func unsignedFieldCount(_ type: TransactionType) -> Int {
    switch type {
    case .legacy: 6
    case .accessList: 8
    case .dynamicFee: 9
    case .blob: 11
    case .setCode: 10
    }
  }

  /// Reads the fields of a typed transaction list and, when signed, recovers its sender.
  static func decodeTypedFields(
    _ fields: inout RLPDecoder, type: TransactionType, signedOnly: Bool, listOffset: Int
  ) throws(DecodeError) -> Transaction {
    let unsignedCount = unsignedFieldCount(type)
    var allowed = [unsignedCount + 3: "signed"]
    if !signedOnly {
      allowed[unsignedCount] = "unsigned"
    }
    let count = try fields.expectFieldCount(
      allowed, of: "type \(type.rawValue) (\(type.eipName)) transaction", offset: listOffset)

    var tx = Transaction(type: type, format: .unsigned)
    tx.chainId = try fields.readUInt256("chainId")
    tx.nonce = try fields.readUInt256("nonce")
    if type == .accessList {
      tx.gasPrice = try fields.readUInt256("gasPrice")
    } else {
      tx.maxPriorityFeePerGas = try fields.readUInt256("maxPriorityFeePerGas")
      tx.maxFeePerGas = try fields.readUInt256("maxFeePerGas")
    }
    tx.gasLimit = try fields.readUInt256("gasLimit")
    tx.to = try readTypedRecipient(&fields, type: type)
    tx.value = try fields.readUInt256("value")
    tx.data = Array(try fields.readBytes("data"))
    tx.accessList = try fields.readAccessList()
    if type == .blob {
      tx.maxFeePerBlobGas = try fields.readUInt256("maxFeePerBlobGas")
      tx.blobVersionedHashes = try fields.readFixedBytesList(
        "blobVersionedHashes", itemName: "blob versioned hash", length: 32)
    }
    if type == .setCode {
      tx.authorizationList = try fields.readAuthorizationList()
    }
    if count == unsignedCount {
      tx.signingHash = SigningPayload.hash(of: tx)
      return tx
    }
    let (signature, offsets) = try readSignature(&fields, vName: "yParity")
    guard signature.v <= 1 else {
      throw DecodeError(
        "yParity must be 0 or 1, found \(signature.v)", offset: offsets.v)
    }
    try recoverSender(&tx, signature: signature, yParity: signature.v, offsets: offsets)
    return tx
  }

  /// `to` of a typed transaction; blob and set-code transactions may not create contracts.
  private static func readTypedRecipient(
    _ fields: inout RLPDecoder, type: TransactionType
  ) throws(DecodeError) -> Address? {
    guard type == .blob || type == .setCode else { return try fields.readRecipient() }
    let header = try fields.peekHeader()
    guard header.isList || !header.payload.isEmpty else {
      throw DecodeError(
        "\(type.eipName) transactions cannot create contracts, but to is empty",
        offset: header.offset)
    }
    return try fields.readAddress("to")
  }
}
