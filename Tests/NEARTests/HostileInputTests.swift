import NEAR
import Testing
import TxrayCore

/// Malformed Borsh ends in one `DecodeError` that names a byte inside the input, never a trap.
@Suite struct HostileInputTests {
  static let transfer: [UInt8] = NEARVector.all.first { $0.name == "transfer" }?.bytes ?? []

  @Test func everyTruncationIsAnErrorWithinTheInput() {
    #expect(!Self.transfer.isEmpty)
    for length in 0..<Self.transfer.count - 65 {
      // Cutting a signed transaction back to exactly its unsigned part is valid input.
      let prefix = Array(Self.transfer.prefix(length))
      do {
        _ = try TransactionDecoder.decode(prefix)
        Issue.record("a \(length)-byte prefix decoded")
      } catch {
        #expect((error.offset ?? 0) <= length, "\(error)")
      }
    }
  }

  @Test func trailingBytesAreRefused() {
    #expect(throws: DecodeError.self) { try TransactionDecoder.decode(Self.transfer + [0]) }
  }

  @Test(arguments: [
    ("unknown action tag", 0x0e as UInt8),
    ("unknown action tag", 0xff),
  ])
  func unknownActionTag(expected: String, tag: UInt8) throws {
    // alice.near → bob.near with one action whose tag is replaced.
    var bytes = try #require(NEARVector.all.first { $0.name == "transfer-unsigned" }?.bytes)
    let tagOffset = bytes.count - 17
    bytes[tagOffset] = tag
    #expect {
      try TransactionDecoder.decode(bytes)
    } throws: { error in
      let error = error as? DecodeError
      return error?.message.contains(expected) == true && error?.offset == tagOffset
    }
  }

  @Test func unknownKeyTypeIsNamedWithItsOffset() throws {
    var bytes = try #require(NEARVector.all.first { $0.name == "transfer-unsigned" }?.bytes)
    // signer "alice.near" is 4 + 10 bytes; the key type byte follows.
    bytes[14] = 7
    #expect {
      try TransactionDecoder.decode(bytes)
    } throws: { error in
      (error as? DecodeError)?.description.contains("unknown key type 7") == true
    }
  }

  @Test func invalidAccountIdsAreRefused() throws {
    let bytes = try #require(NEARVector.all.first { $0.name == "transfer-unsigned" }?.bytes)
    for bad in ["Alice.near", "alice..near", ".alice", "a", "alice_", "al ice"] {
      var mutated = Array(bytes)
      let replacement = Array(bad.utf8)
      mutated.replaceSubrange(0..<14, with: [UInt8(replacement.count), 0, 0, 0] + replacement)
      #expect(throws: DecodeError.self, "\(bad)") { try TransactionDecoder.decode(mutated) }
    }
  }

  @Test func invalidUTF8MethodNameIsRefused() throws {
    let bytes = try #require(NEARVector.all.first { $0.name == "ft-transfer-unsigned" }?.bytes)
    // The method name "ft_transfer" follows the action count and tag.
    let method = try #require(bytes.firstRange(of: Array("ft_transfer".utf8)))
    var mutated = bytes
    mutated[method.lowerBound] = 0xff
    #expect {
      try TransactionDecoder.decode(mutated)
    } throws: { error in
      let error = error as? DecodeError
      return error?.message.contains("UTF-8") == true && error?.offset == method.lowerBound
    }
  }

  @Test func absurdLengthsCostNothing() {
    // A signer id claiming 4 GiB, and an action list claiming 2^32 - 1 entries.
    #expect(throws: DecodeError.self) {
      try TransactionDecoder.decode([0xff, 0xff, 0xff, 0xff] + Array(repeating: 0x61, count: 8))
    }
    let transfer = NEARVector.all.first { $0.name == "empty-actions-unsigned" }?.bytes ?? []
    var huge = transfer
    huge.replaceSubrange((huge.count - 4)..<huge.count, with: [0xff, 0xff, 0xff, 0xff])
    #expect {
      try TransactionDecoder.decode(huge)
    } throws: { error in
      (error as? DecodeError)?.message.contains("exceeds") == true
    }
  }

  @Test func nestedDelegateIsRefused() throws {
    let inner = try #require(NEARVector.all.first { $0.name == "bare-delegate-unsigned" }?.bytes)
    var reader = Array(inner)
    // Replace the single Transfer-free FunctionCall list with one Delegate action tag.
    let count = 4 + 10 + 4 + 64
    reader.replaceSubrange(count..<(count + 5), with: [1, 0, 0, 0, 8])
    #expect(throws: DecodeError.self) { try TransactionDecoder.decode(reader) }
  }

  @Test func seededJunkNeverTraps() {
    var state: UInt64 = 0x9e37_79b9_7f4a_7c15
    let base = Self.transfer
    for _ in 0..<2000 {
      var bytes = base
      for _ in 0..<3 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        let index = Int(state >> 33) % bytes.count
        bytes[index] = UInt8(truncatingIfNeeded: state >> 17)
      }
      if let decoded = try? TransactionDecoder.decode(bytes) {
        #expect(decoded.borshBytes == bytes)
      }
    }
  }

  @Test func badRPCJSONNamesTheField() {
    let cases: [(String, String)] = [
      (#"{"signer_id":"alice.near"}"#, "public_key"),
      (
        #"{"signer_id":"Alice","public_key":"ed25519:11111111111111111111111111111111","nonce":1,"receiver_id":"bob.near","actions":[]}"#,
        "signer_id"
      ),
      (
        #"{"signer_id":"alice.near","public_key":"ed25519:11111111111111111111111111111111","nonce":true,"receiver_id":"bob.near","actions":[]}"#,
        "nonce"
      ),
      (
        #"{"signer_id":"alice.near","public_key":"ed25519:11111111111111111111111111111111","nonce":1,"receiver_id":"bob.near","actions":[{"Transfer":{"deposit":"-1"}}]}"#,
        "deposit"
      ),
      (
        #"{"signer_id":"alice.near","public_key":"ed25519:11111111111111111111111111111111","nonce":1,"receiver_id":"bob.near","actions":[{"Teleport":{}}]}"#,
        "Teleport"
      ),
    ]
    for (json, field) in cases {
      #expect {
        try RPCTransactionDecoder.decode(json: json)
      } throws: { error in
        (error as? DecodeError)?.message.contains(field) == true
      }
    }
  }
}

/// nearcore's secp256k1 rule: plain ECDSA verification (lower-s only); the recovery id must be
/// 0...3 but is not otherwise checked.
@Suite struct Secp256k1RuleTests {
  static let order = UInt256(
    hexString: "fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141")!

  func verdict(_ mutate: (inout [UInt8]) -> Void) throws -> Bool? {
    var bytes = try #require(NEARVector.all.first { $0.name == "secp256k1-transfer" }?.bytes)
    var signature = Array(bytes.suffix(65))
    mutate(&signature)
    bytes.replaceSubrange((bytes.count - 65)..<bytes.count, with: signature)
    return try TransactionDecoder.decode(bytes).signatureValid
  }

  @Test func theVectorVerifies() throws {
    #expect(try verdict { _ in } == true)
  }

  @Test func otherRecoveryIdStillVerifies() throws {
    #expect(try verdict { $0[64] ^= 1 } == true)
    #expect(try verdict { $0[64] = 4 } == false)
  }

  @Test func highSIsRefused() throws {
    #expect(
      try verdict { signature in
        let s = UInt256(bigEndianBytes: signature[32..<64])!
        signature.replaceSubrange(32..<64, with: (Self.order - s).bigEndianBytes)
      } == false)
  }
}
