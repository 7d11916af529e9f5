import TxrayCore

/// Reads one action in the JSON forms NEAR RPC uses: `ActionView` at the top level of a
/// transaction view, and nearcore's plain `Action` serialization inside a delegate action.
enum RPCActionDecoder {
  /// `codeIsHash`: in an `ActionView`, `DeployContract.code` is base64 of the code's SHA-256.
  static func action(_ json: JSONValue, codeIsHash: Bool, allowDelegate: Bool)
    throws(DecodeError) -> Action
  {
    if let name = json.stringValue {
      guard name == "CreateAccount" else { throw DecodeError("unknown action '\(name)'") }
      return .createAccount
    }
    guard let members = json.objectMembers, members.count == 1, let (name, body) = members.first
    else { throw DecodeError("an action is not an object with one member naming its type") }
    let fields = try JSONFields(body, path: name)
    switch name {
    case "CreateAccount": return .createAccount
    case "DeployContract":
      return .deployContract(try code(fields, isHash: codeIsHash))
    case "FunctionCall":
      return .functionCall(
        FunctionCall(
          methodName: try fields.string("method_name"), args: try fields.base64("args"),
          gas: try fields.u64("gas"), deposit: try fields.balance("deposit")))
    case "Transfer": return .transfer(deposit: try fields.balance("deposit"))
    case "Stake":
      return .stake(
        amount: try fields.balance("stake"), publicKey: try fields.publicKey("public_key"))
    case "AddKey":
      return .addKey(
        publicKey: try fields.publicKey("public_key"),
        accessKey: try accessKey(try fields.fields("access_key")))
    case "DeleteKey": return .deleteKey(publicKey: try fields.publicKey("public_key"))
    case "DeleteAccount":
      return .deleteAccount(beneficiaryId: try fields.accountId("beneficiary_id"))
    case "Delegate":
      guard allowDelegate else {
        throw DecodeError("a delegate action cannot contain another delegate action")
      }
      return .delegate(try signedDelegate(fields))
    case "DeployGlobalContract":
      let mode: GlobalContractDeployMode =
        fields.object["deploy_mode"]?.stringValue == "AccountId" ? .accountId : .codeHash
      return .deployGlobalContract(code: try code(fields, isHash: codeIsHash), mode: mode)
    case "DeployGlobalContractByAccountId":
      return .deployGlobalContract(code: try code(fields, isHash: codeIsHash), mode: .accountId)
    case "UseGlobalContract":
      if fields.object["contract_identifier"] != nil {
        return .useGlobalContract(try identifier(try fields.fields("contract_identifier")))
      }
      return .useGlobalContract(.codeHash(try fields.hash("code_hash")))
    case "UseGlobalContractByAccountId":
      return .useGlobalContract(.accountId(try fields.accountId("account_id")))
    case "DeterministicStateInit":
      return .deterministicStateInit(try stateInit(fields))
    case "TransferToGasKey":
      return .transferToGasKey(
        publicKey: try fields.publicKey("public_key"), deposit: try fields.balance("deposit"))
    case "WithdrawFromGasKey":
      return .withdrawFromGasKey(
        publicKey: try fields.publicKey("public_key"), amount: try fields.balance("amount"))
    default: throw DecodeError("unknown action '\(name)'")
    }
  }

  private static func code(_ fields: JSONFields, isHash: Bool) throws(DecodeError) -> ContractCode {
    let bytes = try fields.base64("code")
    guard isHash else { return ContractCode(bytes: bytes) }
    guard bytes.count == 32 else {
      throw fields.error("code", "is \(bytes.count) bytes; an RPC view shows the 32-byte code hash")
    }
    return ContractCode(sha256: bytes)
  }

  private static func accessKey(_ fields: JSONFields) throws(DecodeError) -> AccessKey {
    let nonce = try fields.u64("nonce")
    let permission = try fields.value("permission")
    if let name = permission.stringValue {
      guard name == "FullAccess" else { throw fields.error("permission", "is unknown: '\(name)'") }
      return AccessKey(nonce: nonce, permission: .fullAccess)
    }
    let outer = try JSONFields(permission, path: fields.path + ".permission")
    if outer.object["FullAccess"] != nil { return AccessKey(nonce: nonce, permission: .fullAccess) }
    let call = try outer.fields("FunctionCall")
    let allowance = call.has("allowance") ? try call.balance("allowance") : nil
    guard let methods = try call.value("method_names").stringItems else {
      throw call.error("method_names", "is not an array of strings")
    }
    return AccessKey(
      nonce: nonce,
      permission: .functionCall(
        allowance: allowance, receiverId: try call.string("receiver_id"), methodNames: methods))
  }

  static func signedDelegate(_ fields: JSONFields) throws(DecodeError) -> SignedDelegateAction {
    let inner = try fields.fields("delegate_action")
    let delegate = DelegateAction(
      senderId: try inner.accountId("sender_id"), receiverId: try inner.accountId("receiver_id"),
      actions: try inner.array("actions").map { element throws(DecodeError) in
        try action(element, codeIsHash: false, allowDelegate: false)
      },
      nonce: try inner.u64("nonce"), maxBlockHeight: try inner.u64("max_block_height"),
      publicKey: try inner.publicKey("public_key"))
    guard let signature = try fields.optionalSignature("signature") else {
      throw fields.error("signature", "is missing")
    }
    return SignedDelegateAction(delegateAction: delegate, signature: signature)
  }

  /// `{"CodeHash": "<base58>"}` or `{"AccountId": "<account>"}`.
  private static func identifier(_ fields: JSONFields) throws(DecodeError)
    -> GlobalContractIdentifier
  {
    if fields.object["AccountId"] != nil { return .accountId(try fields.accountId("AccountId")) }
    return .codeHash(try fields.hash("CodeHash"))
  }

  /// The view form (`code`, `data`, `deposit`) or the plain form (`state_init.V1`, `deposit`).
  private static func stateInit(_ fields: JSONFields) throws(DecodeError) -> DeterministicStateInit
  {
    let body =
      fields.object["state_init"] != nil
      ? try fields.fields("state_init").fields("V1") : fields
    guard let data = try body.value("data").objectMembers else {
      throw body.error("data", "is not an object")
    }
    var entries: [DeterministicStateInit.Entry] = []
    for (key, value) in data {
      guard let value = value.stringValue else {
        throw body.error("data", "has a non-string value")
      }
      do {
        entries.append(.init(key: try Base64.decode(key), value: try Base64.decode(value)))
      } catch { throw body.error("data", "has an entry that is not base64: \(error)") }
    }
    entries.sort { $0.key.lexicographicallyPrecedes($1.key) }
    return DeterministicStateInit(
      code: try identifier(try body.fields("code")), data: entries,
      deposit: try fields.balance("deposit"))
  }
}
