import Secp256k1Signatures
import TxrayCore

/// Turns raw bytes or a JSON request into a `Transaction`, exactly and strictly.
public enum TransactionDecoder {
  /// Raw bytes of a signed transaction, an unsigned signing payload, or an EIP-4844 network form.
  /// Recovers the sender and EIP-7702 authorities with libsecp256k1. Throws for malformed bytes,
  /// trailing bytes, wrong arity, an unknown type byte, and signatures that cannot be recovered.
  ///
  /// A 9-field legacy list with r = s = 0 and v ≥ 1 is read as the EIP-155 signing payload
  /// (v = chain id), which is what a wallet holds before signing; use `decodeSigned` where only
  /// network transactions make sense.
  public static func decode(_ raw: [UInt8]) throws(DecodeError) -> Transaction {
    try decode(raw, signedOnly: false)
  }

  /// Raw bytes that must be a signed transaction (as sent with eth_sendRawTransaction or found
  /// in a block): signing payloads are rejected as having a missing or invalid signature.
  public static func decodeSigned(_ raw: [UInt8]) throws(DecodeError) -> Transaction {
    try decode(raw, signedOnly: true)
  }

  static func decode(_ raw: [UInt8], signedOnly: Bool) throws(DecodeError) -> Transaction {
    guard let first = raw.first else {
      throw DecodeError("input is empty", offset: 0)
    }
    // EIP-2718: a first byte of 0xc0 or more is an RLP list, i.e. a legacy transaction; a byte
    // up to 0x7f is a type; 0x80–0xbf would be an RLP string, which no transaction is.
    if first >= 0xc0 {
      return try decodeLegacy(raw, signedOnly: signedOnly)
    }
    if let type = TransactionType(rawValue: first), type != .legacy {
      return try decodeTyped(raw, type: type, signedOnly: signedOnly)
    }
    let byte = Hex.encode([first])
    switch first {
    case 0x00:
      throw DecodeError(
        "type byte 0x00 is not a transaction type (legacy transactions have no type byte)",
        offset: 0)
    case 0x05...0x7f:
      throw DecodeError("unknown transaction type \(byte)", offset: 0)
    default:
      throw DecodeError(
        "input starts with an RLP string prefix (\(byte)), not a transaction list or type byte",
        offset: 0)
    }
  }

  /// Where the signature fields start, so recovery errors can point at the right one.
  struct SignatureOffsets {
    var v: Int
    var r: Int
    var s: Int
  }

  /// Reads the three signature fields (v or yParity, r, s) that end a signed transaction.
  static func readSignature(
    _ fields: inout RLPDecoder, vName: String
  ) throws(DecodeError) -> (Signature, SignatureOffsets) {
    let vOffset = fields.position
    let v = try fields.readUInt256(vName)
    let rOffset = fields.position
    let r = try fields.readUInt256("r")
    let sOffset = fields.position
    let s = try fields.readUInt256("s")
    return (Signature(v: v, r: r, s: s), SignatureOffsets(v: vOffset, r: rOffset, s: sOffset))
  }

  /// Sets the signature, signing hash and recovered sender of a signed transaction.
  static func recoverSender(
    _ tx: inout Transaction, signature: Signature, yParity: UInt256, offsets: SignatureOffsets
  ) throws(DecodeError) {
    tx.format = .signed
    tx.signature = signature
    tx.signingHash = SigningPayload.hash(of: tx)
    do {
      tx.from = try Secp256k1.shared.recoverAddress(
        digest: tx.signingHash, r: signature.r, s: signature.s, yParity: yParity)
    } catch {
      let offset =
        switch error {
        case .rOutOfRange: offsets.r
        case .sOutOfRange: offsets.s
        case .yParityOutOfRange, .noPublicKey: offsets.v
        }
      throw DecodeError(error.description, offset: offset)
    }
  }

  /// Keccak-256 of a byte range of the input, without copying it.
  static func keccak(_ raw: [UInt8], _ range: Range<Int>) -> [UInt8] {
    raw.withUnsafeBytes { Keccak256.hash(UnsafeRawBufferPointer(rebasing: $0[range])) }
  }
}
