import EVM
import Testing
import TxrayCore

/// JSON transaction requests as apps pass them to eth_sendTransaction / eth_signTransaction.
@Suite struct TransactionRequestTests {
  static let from = "0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266"
  static let to = "0x3535353535353535353535353535353535353535"

  @Test(arguments: [
    (#"{"gasPrice": "0x1"}"#, TransactionType.legacy),
    (#"{"gasPrice": "0x1", "accessList": []}"#, .accessList),
    (#"{"maxFeePerGas": "0x2"}"#, .dynamicFee),
    (#"{"maxPriorityFeePerGas": "0x2"}"#, .dynamicFee),
    (#"{}"#, .dynamicFee),
    (#"{"accessList": []}"#, .dynamicFee),
    (#"{"to": "0x3535353535353535353535353535353535353535", "blobVersionedHashes": []}"#, .blob),
    (#"{"to": "0x3535353535353535353535353535353535353535", "authorizationList": []}"#, .setCode),
    (#"{"type": "0x0", "gasPrice": "0x1"}"#, .legacy),
    (#"{"type": 1}"#, .accessList),
  ])
  func typeIsInferredLikeGethAndEthers(json: String, type: TransactionType) throws {
    #expect(try TransactionDecoder.decode(jsonRequest: json).type == type)
  }

  @Test func quantitiesAcceptHexDecimalStringsAndIntegers() throws {
    let json = #"""
      {"from": "\#(Self.from)", "to": "\#(Self.to)", "nonce": 7, "gas": "21000",
       "gasLimit": "0x5208", "value": "0xde0b6b3a7640000", "maxFeePerGas": "30000000000",
       "maxPriorityFeePerGas": "0x3b9aca00", "chainId": "0x1", "input": "0xa9059cbb"}
      """#
    let tx = try TransactionDecoder.decode(jsonRequest: json)
    #expect(tx.format == .request)
    #expect(tx.from?.lowercaseHex == Self.from)
    #expect(tx.nonce == 7)
    #expect(tx.gasLimit == 21_000)
    #expect(tx.value == UInt256(1_000_000_000_000_000_000))
    #expect(tx.maxFeePerGas == 30_000_000_000)
    #expect(tx.chainId == 1)
    #expect(tx.selector == [0xa9, 0x05, 0x9c, 0xbb])
    #expect(tx.signature == nil && tx.hash == nil)
    #expect(tx.signingHash.count == 32)
  }

  @Test func missingValuesStayZeroAndChainIdStaysUnknown() throws {
    let tx = try TransactionDecoder.decode(jsonRequest: #"{"to": "\#(Self.to)"}"#)
    #expect(tx.nonce == 0 && tx.gasLimit == 0 && tx.value == 0)
    #expect(tx.chainId == nil)
    #expect(tx.from == nil)
    #expect(tx.unsetFields == ["chainId", "nonce", "gas", "maxFeePerGas", "maxPriorityFeePerGas"])
    #expect(tx.leavesFeesToWallet)
    // The wallet estimates gas, so a missing gas limit is no intrinsic-gas failure.
    #expect(tx.validity(fork: .osaka).isValid)
  }

  @Test func filledRequestHasNoUnsetFields() throws {
    let json = #"""
      {"to": "\#(Self.to)", "chainId": "0x1", "nonce": "0x0", "gas": "0x5208",
       "maxFeePerGas": "0x1", "maxPriorityFeePerGas": "0x1"}
      """#
    let tx = try TransactionDecoder.decode(jsonRequest: json)
    #expect(tx.unsetFields.isEmpty)
    #expect(!tx.leavesFeesToWallet)
    #expect(tx.feeCeiling == 21_000)
  }

  @Test func aJSONRPCCallIsUnwrapped() throws {
    let json = #"""
      {"jsonrpc": "2.0", "id": 1, "method": "eth_sendTransaction",
       "params": [{"from": "\#(Self.from)", "to": "\#(Self.to)", "value": "0x1"}]}
      """#
    let tx = try TransactionDecoder.decode(jsonRequest: json)
    #expect(tx.value == 1)
    #expect(tx.to?.lowercaseHex == Self.to)
  }

  /// (request, the start of the error message): every malformed field is named.
  static let malformed: [(String, String)] = [
    (#"{"nonce": true}"#, "nonce must be a 0x-hex quantity"),
    (#"{"nonce": 1.5}"#, "nonce must be a 0x-hex quantity"),
    (#"{"value": "-1"}"#, "value must be a 0x-hex quantity"),
    (#"{"value": "0x"}"#, "value must be a 0x-hex quantity"),
    (#"{"gas": "0x1" , "gasLimit": "0x2"}"#, "gas and gasLimit are both present and differ"),
    (#"{"data": "0x12", "input": "0x34"}"#, "data and input are both present and differ"),
    (#"{"to": "0x1234"}"#, "to must be a 0x-prefixed 20-byte hex address"),
    (#"{"to": 5}"#, "to must be a 0x-prefixed 20-byte hex address"),
    (
      #"{"to": "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD"}"#,
      "to has mixed case that is not a valid EIP-55 checksum"
    ),
    (#"{"data": "0x123"}"#, "data: "),
    (#"{"data": "0xzz"}"#, "data: "),
    (#"{"type": "0x5"}"#, "type 0x5 is not a known transaction type"),
    (#"{"gasPrice": "0x1", "maxFeePerGas": "0x1"}"#, "gasPrice cannot be combined"),
    (#"{"type": "0x2", "gasPrice": "0x1"}"#, "gasPrice is not a field of a type 2"),
    (#"{"type": "0x0", "accessList": []}"#, "accessList is not a field of a type 0"),
    (#"{"accessList": {}}"#, "accessList must be a JSON array"),
    (#"{"accessList": [{"storageKeys": []}]}"#, "accessList[0].address is required"),
    (
      #"{"accessList": [{"address": "\#(to)", "storageKeys": ["0x01"]}]}"#,
      "accessList[0].storageKeys[0] must be 32 bytes"
    ),
    (#"{"blobVersionedHashes": []}"#, "to is required"),
    (#"{"authorizationList": [{"nonce": "0x1"}]}"#, "authorizationList[0].address is required"),
    (#"[1, 2]"#, "JSON request must be an object"),
    (#"{"to": "#, "JSON request is not valid JSON"),
    (#"{"method": "eth_sendTransaction", "params": []}"#, "params[0] of the JSON-RPC call"),
  ]

  @Test func malformedFieldsAreNamed() {
    for (json, message) in Self.malformed {
      let error = #expect(throws: DecodeError.self, "\(json)") {
        try TransactionDecoder.decode(jsonRequest: json)
      }
      #expect(error?.message.hasPrefix(message) == true, "\(json): \(error?.message ?? "")")
    }
  }

  @Test func oversizedAndDeeplyNestedRequestsAreRefusedBeforeParsing() {
    let large = #"{"data": "0x"# + String(repeating: "00", count: 600_000) + #""}"#
    let sizeError = #expect(throws: DecodeError.self) {
      try TransactionDecoder.decode(jsonRequest: large)
    }
    #expect(sizeError?.message == "JSON request is larger than 1 MiB")

    let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
    let nestingError = #expect(throws: DecodeError.self) {
      try TransactionDecoder.decode(jsonRequest: #"{"x": "# + deep + "}")
    }
    #expect(nestingError?.message == "JSON request nests deeper than 32 levels")
    #expect(nestingError?.offset == 37)  // the 32nd "[" after the object's "{"

    // Brackets inside strings do not count (a JSON-RPC call's id may be any string).
    let quoted =
      #"{"method": "eth_sendTransaction", "id": ""# + String(repeating: "[", count: 100)
      + #"", "params": [{"data": "0x"}]}"#
    #expect(throws: Never.self) { try TransactionDecoder.decode(jsonRequest: quoted) }
  }

  @Test func authorizationsInARequestRecoverTheirAuthority() throws {
    // The first tuple of eth-account's "setcode-two-authorizations" vector.
    let json = #"""
      {"to": "0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266", "authorizationList": [{
        "chainId": "0x1", "address": "0x63c0c19a282a1B52b07dD5a65b58948A07DAE32B", "nonce": "0x0",
        "yParity": "0x0",
        "r": "95382381576223893388157164987779770384225706393361915429740375947842275697407",
        "s": "3353100558711761227814770888674176908896377894706614026748377439108606215176"}]}
      """#
    let tx = try TransactionDecoder.decode(jsonRequest: json)
    #expect(tx.type == .setCode)
    #expect(
      tx.authorizationList.first?.authority?.lowercaseHex
        == "0x70997970c51812dc3a010c7d01b50e0d17dc79c8")
  }
}
