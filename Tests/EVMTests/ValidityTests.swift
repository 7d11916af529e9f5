import EVM
import Testing
import TxrayCore

/// Fork rules, each shown by one transaction that breaks it and (where it matters) one that
/// obeys it. Transactions start as requests and get the one field under test changed.
@Suite struct ValidityTests {
  static let to = "0x3535353535353535353535353535353535353535"

  static func request(_ fields: String) throws -> Transaction {
    try TransactionDecoder.decode(jsonRequest: "{\(fields)}")
  }

  static func transfer(gas: UInt64 = 21_000) throws -> Transaction {
    try request(#""to": "\#(to)", "gas": \#(gas), "maxFeePerGas": "0x2", "chainId": "0x1""#)
  }

  static func reason(_ tx: Transaction, _ fork: Fork = .osaka) -> String? {
    tx.validity(fork: fork, expectedChainId: 1).reason
  }

  @Test func typesAreAllowedFromTheirFork() throws {
    var tx = try Self.transfer()
    #expect(Self.reason(tx, .berlin) == "type 2 (EIP-1559) is not allowed before London")
    #expect(Self.reason(tx, .london) == nil)
    tx.type = .setCode
    tx.authorizationList = [
      Authorization(
        chainId: 1, address: try #require(Address(hex: Self.to)), nonce: 0, yParity: 0, r: 1, s: 1)
    ]
    #expect(Self.reason(tx, .cancun) == "type 4 (EIP-7702) is not allowed before Prague")
    #expect(Self.reason(tx, .prague) == "intrinsic gas 46000 exceeds gas limit 21000")
  }

  @Test func intrinsicGasFollowsEachFork() throws {
    var tx = try Self.transfer()
    tx.data = [0, 0, 1, 2]
    #expect(tx.intrinsicGas(fork: .frontier) == 21_000 + 2 * 4 + 2 * 68)
    #expect(tx.intrinsicGas(fork: .istanbul) == 21_000 + 2 * 4 + 2 * 16)
    tx.accessList = [
      AccessListEntry(
        address: try #require(Address(hex: Self.to)),
        storageKeys: [[UInt8](repeating: 0, count: 32)])
    ]
    #expect(tx.intrinsicGas(fork: .istanbul) == 21_040)
    #expect(tx.intrinsicGas(fork: .berlin) == 21_040 + 2_400 + 1_900)
    tx.to = nil
    tx.accessList = []
    tx.data = [UInt8](repeating: 1, count: 33)
    #expect(tx.intrinsicGas(fork: .frontier) == 21_000 + 33 * 68)
    #expect(tx.intrinsicGas(fork: .homestead) == 53_000 + 33 * 68)
    #expect(tx.intrinsicGas(fork: .shanghai) == 53_000 + 33 * 16 + 2 * 2)
  }

  @Test func creationNeedsItsIntrinsicGas() throws {
    let tx = try Self.request(#""gas": 21000, "gasPrice": "0x1""#)
    #expect(tx.type == .legacy && tx.to == nil)
    #expect(Self.reason(tx, .frontier) == nil)
    #expect(Self.reason(tx, .homestead) == "intrinsic gas 53000 exceeds gas limit 21000")
  }

  @Test func pragueAddsTheCalldataFloor() throws {
    var tx = try Self.transfer(gas: 30_000)
    tx.data = [UInt8](repeating: 0xff, count: 200)  // 800 tokens: floor 29000, intrinsic 24200
    #expect(tx.calldataFloorGas(fork: .cancun) == nil)
    #expect(tx.calldataFloorGas(fork: .prague) == 29_000)
    #expect(Self.reason(tx, .prague) == nil)
    tx.gasLimit = 28_000
    #expect(Self.reason(tx, .cancun) == nil)
    #expect(
      Self.reason(tx, .prague) == "gas limit 28000 is below the EIP-7623 calldata floor 29000")
  }

  @Test func osakaCapsTheGasLimit() throws {
    let tx = try Self.transfer(gas: 16_777_217)
    #expect(Self.reason(tx, .prague) == nil)
    #expect(
      Self.reason(tx, .osaka) == "gas limit 16777217 exceeds the Osaka cap of 16777216 (EIP-7825)")
    #expect(Self.reason(try Self.transfer(gas: 16_777_216), .osaka) == nil)
  }

  @Test func shanghaiLimitsInitcode() throws {
    var tx = try Self.transfer(gas: 10_000_000)
    tx.to = nil
    tx.data = [UInt8](repeating: 0, count: 49_153)
    #expect(Self.reason(tx, .paris) == nil)
    #expect(
      Self.reason(tx, .shanghai) == "initcode is 49153 bytes, above the 49152-byte limit (EIP-3860)"
    )
  }

  @Test func boundsAndFees() throws {
    var tx = try Self.transfer()
    tx.nonce = UInt256(UInt64.max)
    #expect(Self.reason(tx) == "nonce 18446744073709551615 is not below 2^64-1 (EIP-2681)")
    tx = try Self.transfer()
    tx.maxPriorityFeePerGas = 3
    #expect(Self.reason(tx) == "max priority fee 3 exceeds max fee 2")
    tx = try Self.transfer()
    tx.maxFeePerGas = .max
    #expect(tx.feeCeiling == nil)
    #expect(Self.reason(tx) == "gas limit × gas price overflows 256 bits")
    tx = try Self.transfer()
    tx.chainId = 5
    #expect(Self.reason(tx) == "chain id 5 does not match the expected chain id 1")
    #expect(tx.validity(fork: .osaka).isValid)
  }

  @Test func blobRulesPerFork() throws {
    var tx = try Self.request(
      #""to": "\#(Self.to)", "gas": 21000, "blobVersionedHashes": [], "maxFeePerGas": "0x2", "#
        + #""maxFeePerBlobGas": "0x3""#)
    #expect(Self.reason(tx) == "a blob transaction must carry at least one blob versioned hash")
    let hash = [0x01] + [UInt8](repeating: 0xaa, count: 31)
    tx.blobVersionedHashes = Array(repeating: hash, count: 7)
    #expect(Self.reason(tx, .cancun) == "7 blobs exceed the Cancun limit of 6 per transaction")
    #expect(Self.reason(tx, .prague) == nil)
    #expect(Self.reason(tx, .osaka) == "7 blobs exceed the Osaka limit of 6 per transaction")
    tx.blobVersionedHashes = [[0x00] + hash.dropFirst()]
    #expect(Self.reason(tx) == "blob versioned hash 0 has version 0x00, expected 0x01")
    tx.blobVersionedHashes = [hash, hash]
    #expect(tx.feeCeiling == UInt256(21_000 * 2 + 2 * 131_072 * 3))
    // The blob base fee is at least 1 wei: a ceiling of 0 can never be included.
    tx.maxFeePerBlobGas = 0
    #expect(
      Self.reason(tx)
        == "max fee per blob gas is 0 wei, below the minimum blob base fee of 1 wei: it can never "
        + "be included")
    // A request that leaves the ceiling to the wallet is not judged on it.
    tx.unsetFields.append("maxFeePerBlobGas")
    #expect(Self.reason(tx) == nil)
  }

  @Test func setCodeNeedsAuthorizationsInBounds() throws {
    var tx = try Self.request(#""to": "\#(Self.to)", "gas": 100000, "authorizationList": []"#)
    #expect(Self.reason(tx) == "an EIP-7702 transaction must carry at least one authorization")
    let target = try #require(Address(hex: Self.to))
    tx.authorizationList = [
      Authorization(
        chainId: 1, address: target, nonce: UInt256(UInt64.max) + 1, yParity: 0, r: 1, s: 1)
    ]
    #expect(Self.reason(tx) == "authorization 0 nonce does not fit in 64 bits")
    tx.authorizationList[0].nonce = 0
    tx.authorizationList[0].yParity = 256
    #expect(Self.reason(tx) == "authorization 0 y-parity does not fit in 8 bits")
  }

  @Test func legacySignatureRulesFollowTheForks() throws {
    // ethereum/tests ttEIP155 style: a real EIP-155 transaction (eth-account "legacy-eip155-transfer").
    let eip155 = try TransactionDecoder.decode(
      Hex.decode(
        "0xf86c098504a817c800825208943535353535353535353535353535353535353535880de0b6b3a76400008025a028ef61340bd939bc2195fe537567866003e1a15d3c71ff63e1590620aa636276a067cbe9d8997f761aecb703304b3800ccf555c9f3dc64214b297fb1966a3b6d83"
      ))
    #expect(
      Self.reason(eip155, .tangerineWhistle)
        == "EIP-155 replay protection (chain id in v) is not allowed before Spurious Dragon")
    #expect(Self.reason(eip155, .spuriousDragon) == nil)
    var highS = eip155
    highS.signature?.s = Secp256k1Order.n - (eip155.signature?.s ?? 0)
    #expect(
      Self.reason(highS, .spuriousDragon)
        == "signature s is above n/2, which is not allowed since Homestead (EIP-2)")
  }

  @Test func forkNamesIncludeTheTestSuiteSpellings() {
    #expect(Fork(name: "EIP150") == .tangerineWhistle)
    #expect(Fork(name: "EIP158") == .spuriousDragon)
    #expect(Fork(name: "ConstantinopleFix") == .petersburg)
    #expect(Fork(name: "Merge") == .paris)
    #expect(Fork(name: "spurious dragon") == .spuriousDragon)
    #expect(Fork(name: "OSAKA") == .osaka)
    #expect(Fork(name: "Fusaka") == nil)
    #expect(Fork.current == .osaka)
    #expect(Fork.frontier < Fork.homestead && Fork.prague < Fork.osaka)
    #expect(Fork.spuriousDragon.displayName == "Spurious Dragon")
  }
}

/// The secp256k1 group order, for building a high-s twin of a real signature.
enum Secp256k1Order {
  static let n =
    UInt256(hexString: "fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141") ?? .zero
}
