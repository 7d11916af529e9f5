import TxrayCore

/// Reading nearcore's types from Borsh, field by field in nearcore's order.
extension BorshReader {
  mutating func accountId(_ what: String) throws(DecodeError) -> AccountId {
    let start = offset + 4
    let text = try string(what)
    guard let account = AccountId(text) else {
      throw error("\(what): \(AccountId.problem(text) ?? "invalid account id")", at: start)
    }
    return account
  }

  mutating func keyType(_ what: String) throws(DecodeError) -> KeyType {
    let start = offset
    let tag = try u8(what)
    guard let type = KeyType(rawValue: tag) else {
      throw error("unknown key type \(tag) in \(what)", at: start)
    }
    return type
  }

  mutating func publicKey(_ what: String) throws(DecodeError) -> PublicKey {
    let type = try keyType(what)
    return PublicKey(type: type, data: try fixed(type.publicKeySize, what))
  }

  mutating func signature(_ what: String) throws(DecodeError) -> Signature {
    let type = try keyType(what)
    return Signature(type: type, data: try fixed(type.signatureSize, what))
  }

  mutating func cryptoHash(_ what: String) throws(DecodeError) -> [UInt8] {
    try fixed(32, what)
  }

  /// `Transaction`: V0 starts with the signer id's u32 length, whose second byte is 0 for any
  /// id of at most 64 bytes; V1 starts with the tag 1 and then that length. nearcore tells them
  /// apart the same way.
  mutating func transaction() throws(DecodeError) -> Transaction {
    guard remaining >= 2 else { throw error("transaction is cut off after \(remaining) bytes") }
    let first = bytes[offset]
    let second = bytes[offset + 1]
    let isV1: Bool
    if second == 0 {
      isV1 = false
    } else if first == 1 {
      isV1 = true
      offset += 1
    } else {
      throw error("unknown transaction version tag \(first)")
    }
    let signerId = try accountId("signer id")
    let publicKey = try publicKey("public key")
    let nonce = try u64("nonce")
    let receiverId = try accountId("receiver id")
    let blockHash = try cryptoHash("block hash")
    let actions = try actionList(allowDelegate: true)
    let version: Transaction.Version = isV1 ? .v1(priorityFee: try u64("priority fee")) : .v0
    return Transaction(
      version: version, signerId: signerId, publicKey: publicKey, nonce: nonce,
      receiverId: receiverId, blockHash: blockHash, actions: actions)
  }

  mutating func actionList(allowDelegate: Bool) throws(DecodeError) -> [Action] {
    let count = try count("actions")
    var actions: [Action] = []
    actions.reserveCapacity(count)
    for _ in 0..<count { actions.append(try action(allowDelegate: allowDelegate)) }
    return actions
  }

  mutating func action(allowDelegate: Bool) throws(DecodeError) -> Action {
    let start = offset
    let tag = try u8("action tag")
    switch tag {
    case 0: return .createAccount
    case 1: return .deployContract(ContractCode(bytes: try byteVector("contract code")))
    case 2:
      return .functionCall(
        FunctionCall(
          methodName: try string("method name"), args: try byteVector("function arguments"),
          gas: try u64("gas"), deposit: try u128("deposit")))
    case 3: return .transfer(deposit: try u128("transfer deposit"))
    case 4: return .stake(amount: try u128("stake"), publicKey: try publicKey("validator key"))
    case 5: return .addKey(publicKey: try publicKey("added key"), accessKey: try accessKey())
    case 6: return .deleteKey(publicKey: try publicKey("deleted key"))
    case 7: return .deleteAccount(beneficiaryId: try accountId("beneficiary id"))
    case 8:
      guard allowDelegate else {
        throw error("a delegate action cannot contain another delegate action", at: start)
      }
      return .delegate(try signedDelegateAction())
    case 9:
      let code = ContractCode(bytes: try byteVector("global contract code"))
      let modeStart = offset
      let modeTag = try u8("global contract deploy mode")
      guard let mode = GlobalContractDeployMode(rawValue: modeTag) else {
        throw error("unknown global contract deploy mode \(modeTag)", at: modeStart)
      }
      return .deployGlobalContract(code: code, mode: mode)
    case 10: return .useGlobalContract(try globalContractIdentifier())
    case 11: return .deterministicStateInit(try deterministicStateInit())
    case 12:
      return .transferToGasKey(
        publicKey: try publicKey("gas key"), deposit: try u128("gas key deposit"))
    case 13:
      return .withdrawFromGasKey(
        publicKey: try publicKey("gas key"), amount: try u128("gas key withdrawal"))
    default: throw error("unknown action tag \(tag)", at: start)
    }
  }

  mutating func accessKey() throws(DecodeError) -> AccessKey {
    let nonce = try u64("access key nonce")
    let start = offset
    switch try u8("access key permission") {
    case 0:
      let allowance = try optionTag("allowance") ? try u128("allowance") : nil
      let receiver = try string("permitted receiver")
      let count = try count("method names", minimumElementSize: 4)
      var methods: [String] = []
      for _ in 0..<count { methods.append(try string("method name")) }
      return AccessKey(
        nonce: nonce,
        permission: .functionCall(allowance: allowance, receiverId: receiver, methodNames: methods))
    case 1: return AccessKey(nonce: nonce, permission: .fullAccess)
    case let tag: throw error("unknown access key permission \(tag)", at: start)
    }
  }

  mutating func globalContractIdentifier() throws(DecodeError) -> GlobalContractIdentifier {
    let start = offset
    switch try u8("global contract identifier") {
    case 0: return .codeHash(try cryptoHash("global contract code hash"))
    case 1: return .accountId(try accountId("global contract account id"))
    case let tag: throw error("unknown global contract identifier \(tag)", at: start)
    }
  }

  mutating func deterministicStateInit() throws(DecodeError) -> DeterministicStateInit {
    let start = offset
    let version = try u8("state init version")
    guard version == 0 else { throw error("unknown state init version \(version)", at: start) }
    let code = try globalContractIdentifier()
    let count = try count("state init data", minimumElementSize: 8)
    var entries: [DeterministicStateInit.Entry] = []
    for _ in 0..<count {
      let keyStart = offset
      let key = try byteVector("state init key")
      // Borsh writes a BTreeMap in ascending key order and rejects any other order.
      if let last = entries.last, !last.key.lexicographicallyPrecedes(key) {
        throw error("state init keys are not in strictly ascending order", at: keyStart)
      }
      entries.append(.init(key: key, value: try byteVector("state init value")))
    }
    return DeterministicStateInit(
      code: code, data: entries, deposit: try u128("state init deposit"))
  }

  mutating func delegateAction() throws(DecodeError) -> DelegateAction {
    DelegateAction(
      senderId: try accountId("delegate sender id"),
      receiverId: try accountId("delegate receiver id"),
      actions: try actionList(allowDelegate: false),
      nonce: try u64("delegate nonce"),
      maxBlockHeight: try u64("delegate max block height"),
      publicKey: try publicKey("delegate public key"))
  }

  mutating func signedDelegateAction() throws(DecodeError) -> SignedDelegateAction {
    SignedDelegateAction(
      delegateAction: try delegateAction(), signature: try signature("delegate signature"))
  }
}
