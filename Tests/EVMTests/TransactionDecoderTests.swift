import EVM
import Testing
import TxrayCore

/// Decoder paths the conformance suite does not reach: signing payloads, the blob network form,
/// EIP-7702 authority failures, and the error (with its offset) for each malformed shape. Inputs
/// are eth-account vectors, edited as RLP trees where a test needs a broken one.
@Suite struct TransactionDecoderTests {
  static func vectorInput(_ name: String) throws -> [UInt8] {
    let vector = try #require(
      try EthAccountVectorTests.vectors().first { $0["name"] as? String == name })
    return try Hex.decode(vector["input"] as? String ?? "")
  }

  /// The fields of a typed transaction as an RLP tree, and the type byte.
  static func typedFields(_ raw: [UInt8]) throws -> (UInt8, [RLPItem]) {
    guard case .list(let fields) = try RLPDecoder.decode(Array(raw.dropFirst())) else {
      throw DecodeError("not a list")
    }
    return (raw[0], fields)
  }

  static func typed(_ type: UInt8, _ fields: [RLPItem]) -> [UInt8] {
    [type] + RLPEncoder.encode(.list(fields))
  }

  static func decodeError(_ raw: [UInt8]) -> DecodeError? {
    #expect(throws: DecodeError.self) { try TransactionDecoder.decode(raw) }
  }

  @Test func signingPayloadsAreTheirOwnSigningHashPreimage() throws {
    // An unsigned input *is* the payload, so re-encoding its decoded fields must give it back.
    for vector in try EthAccountVectorTests.vectors()
    where vector["format"] as? String == "unsigned" {
      let raw = try Hex.decode(vector["input"] as? String ?? "")
      let tx = try TransactionDecoder.decode(raw)
      #expect(tx.format == .unsigned)
      #expect(tx.signingHash == Keccak256.hash(raw), "\(vector["name"] ?? "")")
      #expect(tx.from == nil && tx.hash == nil && tx.signature == nil)
    }
  }

  @Test func zeroSignatureLegacyIsTheEIP155PayloadUnlessASignatureIsRequired() throws {
    let raw = try Self.vectorInput("unsigned-legacy-eip155")
    let tx = try TransactionDecoder.decode(raw)
    #expect(tx.format == .unsigned && tx.chainId == 1)
    let error = #expect(throws: DecodeError.self) { try TransactionDecoder.decodeSigned(raw) }
    // v = 1 is a chain id in the payload but no valid v in a signature.
    #expect(error?.message == "legacy v must be 27, 28 or chainId × 2 + 35/36, found 1")
    #expect(error?.offset == raw.count - 3)
    let preEIP155 = try Self.vectorInput("unsigned-legacy-pre155")
    #expect(throws: DecodeError.self) { try TransactionDecoder.decodeSigned(preEIP155) }
  }

  @Test func typeBytesOutsideTheKnownTypesAreRefused() {
    #expect(Self.decodeError([])?.message == "input is empty")
    #expect(Self.decodeError([0x05, 0xc0])?.message == "unknown transaction type 0x05")
    #expect(Self.decodeError([0x7f, 0xc0])?.message == "unknown transaction type 0x7f")
    #expect(Self.decodeError([0x00, 0xc0])?.message.hasPrefix("type byte 0x00") == true)
    #expect(
      Self.decodeError([0x83, 0x64, 0x6f, 0x67])?.message.hasPrefix(
        "input starts with an RLP string") == true)
  }

  @Test func wrongArityNamesTheExpectedCounts() throws {
    let (type, fields) = try Self.typedFields(try Self.vectorInput("dynamic-fee-eth-transfer"))
    let error = Self.decodeError(Self.typed(type, Array(fields.dropLast())))
    #expect(
      error?.message
        == "type 2 (EIP-1559) transaction has 11 fields; expected 12 (signed) or 9 (unsigned)")
    #expect(error?.offset == 1)
  }

  @Test func trailingBytesAreRefused() throws {
    let raw = try Self.vectorInput("dynamic-fee-eth-transfer")
    let error = Self.decodeError(raw + [0x00])
    #expect(error?.message == "unexpected bytes after the transaction")
    #expect(error?.offset == raw.count)
  }

  @Test func blobAndSetCodeTransactionsCannotCreate() throws {
    for (name, type) in [("unsigned-blob", "EIP-4844"), ("unsigned-setcode", "EIP-7702")] {
      var (typeByte, fields) = try Self.typedFields(try Self.vectorInput(name))
      fields[5] = .bytes([])
      let error = Self.decodeError(Self.typed(typeByte, fields))
      #expect(error?.message == "\(type) transactions cannot create contracts, but to is empty")
    }
  }

  @Test func yParityAndLegacyVMustBeRecoverable() throws {
    var (type, fields) = try Self.typedFields(try Self.vectorInput("dynamic-fee-eth-transfer"))
    fields[9] = .bytes([2])
    #expect(
      Self.decodeError(Self.typed(type, fields))?.message == "yParity must be 0 or 1, found 2")
    guard
      case .list(var legacy) = try RLPDecoder.decode(try Self.vectorInput("legacy-pre155-transfer"))
    else {
      throw DecodeError("not a list")
    }
    legacy[6] = .bytes([29])
    let error = Self.decodeError(RLPEncoder.encode(.list(legacy)))
    #expect(error?.message == "legacy v must be 27, 28 or chainId × 2 + 35/36, found 29")
  }

  @Test func leadingZerosInIntegersAreRefusedWithTheField() throws {
    var (type, fields) = try Self.typedFields(
      try Self.vectorInput("unsigned-dynamic-fee-erc20-transfer"))
    fields[1] = .bytes([0x00, 0x0b])
    let error = Self.decodeError(Self.typed(type, fields))
    #expect(error?.message == "nonce has leading zero bytes")
    #expect(error?.offset == 4)  // type byte, 2-byte list header, chain id, then the nonce
  }

  @Test func anAuthorityThatDoesNotRecoverIsRecordedNotThrown() throws {
    var (type, fields) = try Self.typedFields(try Self.vectorInput("unsigned-setcode"))
    guard case .list(var tuples) = fields[9], case .list(var first) = tuples[0] else {
      throw DecodeError("no authorization list")
    }
    first[5] = .bytes(Secp256k1Order.n.minimalBigEndianBytes.dropLast() + [0x40])  // s > n/2
    tuples[0] = .list(first)
    first[4] = .bytes([])  // r = 0
    tuples.append(.list(first))
    fields[9] = .list(tuples)
    let tx = try TransactionDecoder.decode(Self.typed(type, fields))
    #expect(tx.authorizationList.count == 3)
    #expect(tx.authorizationList[0].authority == nil)
    #expect(
      tx.authorizationList[0].authorityError
        == "signature s is above n/2, which EIP-7702 rejects (low-s rule)")
    #expect(
      tx.authorizationList[2].authorityError
        == "signature s is above n/2, which EIP-7702 rejects (low-s rule)")
    #expect(tx.authorizationList[1].authority != nil)
  }

  @Test func theBlobNetworkFormIsCheckedAndHashedWithoutItsSidecar() throws {
    let raw = try Self.vectorInput("blob-one-real-blob-network-eip4844")
    let plain = try TransactionDecoder.decode(try Self.vectorInput("blob-one-real-blob"))
    let network = try TransactionDecoder.decode(raw)
    #expect(network.hash == plain.hash && network.from == plain.from)
    #expect(network.sidecar?.blobCount == 1 && plain.sidecar == nil)

    let (type, wrapper) = try Self.typedFields(raw)
    var fewerProofs = wrapper
    fewerProofs[3] = .list([])
    #expect(
      Self.decodeError(Self.typed(type, fewerProofs))?.message
        == "network form carries 0 proofs for 1 blobs (expected 1)")
    var shortBlob = wrapper
    shortBlob[1] = .list([.bytes([1, 2, 3])])
    #expect(
      Self.decodeError(Self.typed(type, shortBlob))?.message == "blob must be 131072 bytes, found 3"
    )
    var versioned = wrapper
    versioned.insert(.bytes([2]), at: 1)
    #expect(
      Self.decodeError(Self.typed(type, versioned))?.message
        == "blob wrapper version must be 1 (EIP-7594), found 2")
    var unsigned = wrapper
    guard case .list(let txFields) = wrapper[0] else { throw DecodeError("no tx") }
    unsigned[0] = .list(Array(txFields.prefix(11)))
    #expect(
      Self.decodeError(Self.typed(type, unsigned))?.message.hasPrefix(
        "type 3 (EIP-4844) transaction has 11 fields; expected 14 (signed)") == true)
  }
}
