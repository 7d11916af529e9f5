import TxrayCore

/// The `--json` object for NEAR input; the man page documents every field in this order.
/// Integers are decimal strings (u64 and u128 exceed what JSON numbers carry exactly), amounts
/// are yoctoNEAR, hashes and keys are NEAR's base58 forms, byte strings are base64.
public enum TransactionJSON {
  public static func object(_ decoded: DecodedTransaction) -> JSONValue {
    let actions = decoded.actions
    var members: [(key: String, value: JSONValue)] = [
      ("chain", .string("near")),
      ("format", .string(decoded.format.rawValue)),
      ("signerId", .string(decoded.signerId.value)),
      ("publicKey", .string(decoded.publicKey.description)),
      ("nonce", .string(String(decoded.nonce))),
      ("receiverId", .string(decoded.receiverId.value)),
      ("blockHash", .optional(decoded.blockHash.map { Base58.encode($0) })),
      ("hash", .optional(decoded.hash.map { Base58.encode($0) })),
      ("signatureValid", decoded.signatureValid.map(JSONValue.bool) ?? .null),
      ("actions", .array(actions.map { action($0, receiverId: decoded.receiverId) })),
      ("findings", .array([])),
    ]
    var version = "V0"
    var priorityFee: String?
    var maxBlockHeight: String?
    switch decoded.body {
    case .transaction(let tx):
      if let fee = tx.priorityFee {
        version = "V1"
        priorityFee = String(fee)
      }
    case .delegate(let delegate):
      version = "DelegateAction"
      maxBlockHeight = String(delegate.maxBlockHeight)
    }
    members += [
      ("version", .string(version)),
      ("priorityFee", .optional(priorityFee)),
      ("maxBlockHeight", .optional(maxBlockHeight)),
      ("signature", .optional(decoded.signature?.description)),
      ("signingHash", .optional(decoded.computedHash.map { Base58.encode($0) })),
      ("totalDeposit", .string(totalDeposit(actions).decimalString)),
      ("prepaidGas", .string(GasFeeBound.prepaidGas(actions).decimalString)),
      ("maxGasCost", .string(GasFeeBound.maximumPrepaidGasCost(actions).decimalString)),
      ("assumedMaxGasPrice", .string(GasFeeBound.assumedMaximumGasPrice.decimalString)),
      (
        "effects",
        .array(
          DeclaredEffects.of(decoded).map {
            .object([("kind", .string($0.kind)), ("summary", .string(EffectSentence.text($0)))])
          })
      ),
    ]
    return .object(members)
  }

  /// yoctoNEAR the signer attaches directly (transfers, call deposits, state init deposits).
  public static func totalDeposit(_ actions: [Action]) -> UInt256 {
    actions.reduce(UInt256.zero) { $0.addingReportingOverflow($1.deposit).partialValue }
  }

  public static func action(_ action: Action, receiverId: AccountId) -> JSONValue {
    var members: [(key: String, value: JSONValue)] = [("type", .string(action.typeName))]
    switch action {
    case .createAccount: break
    case .deployContract(let code):
      members += codeMembers(code)
    case .functionCall(let call):
      let meaning = FunctionCallStandards.interpret(call, receiverId: receiverId)
      members += [
        ("methodName", .string(call.methodName)),
        ("args", .optional(FunctionCallArguments.jsonText(call.args))),
        ("argsBase64", .string(Base64.encode(call.args))),
        ("gas", .string(String(call.gas))),
        ("deposit", .string(call.deposit.decimalString)),
        (
          "standard",
          meaning.map {
            .object([("name", .string($0.standard)), ("summary", .string($0.summary))])
          } ?? .null
        ),
      ]
    case .transfer(let deposit):
      members.append(("deposit", .string(deposit.decimalString)))
    case .stake(let amount, let key):
      members += [
        ("stake", .string(amount.decimalString)), ("publicKey", .string(key.description)),
      ]
    case .addKey(let key, let accessKey):
      members += [
        ("publicKey", .string(key.description)),
        ("accessKeyNonce", .string(String(accessKey.nonce))),
        ("permission", permission(accessKey.permission)),
      ]
    case .deleteKey(let key):
      members.append(("publicKey", .string(key.description)))
    case .deleteAccount(let beneficiary):
      members.append(("beneficiaryId", .string(beneficiary.value)))
    case .delegate(let signed):
      let inner = signed.delegateAction
      members += [
        ("senderId", .string(inner.senderId.value)),
        ("receiverId", .string(inner.receiverId.value)),
        ("nonce", .string(String(inner.nonce))),
        ("maxBlockHeight", .string(String(inner.maxBlockHeight))),
        ("publicKey", .string(inner.publicKey.description)),
        ("signature", .string(signed.signature.description)),
        ("signatureValid", .bool(signed.signatureValid)),
        ("actions", .array(inner.actions.map { self.action($0, receiverId: inner.receiverId) })),
      ]
    case .deployGlobalContract(let code, let mode):
      members += codeMembers(code)
      members.append(("deployMode", .string(mode.name)))
    case .useGlobalContract(let identifier):
      members.append(identifierMember(identifier))
    case .deterministicStateInit(let initial):
      members += [
        identifierMember(initial.code),
        (
          "data",
          .array(
            initial.data.map {
              .object([
                ("key", .string(Base64.encode($0.key))),
                ("value", .string(Base64.encode($0.value))),
              ])
            })
        ),
        ("deposit", .string(initial.deposit.decimalString)),
      ]
    case .transferToGasKey(let key, let deposit):
      members += [
        ("publicKey", .string(key.description)), ("deposit", .string(deposit.decimalString)),
      ]
    case .withdrawFromGasKey(let key, let amount):
      members += [
        ("publicKey", .string(key.description)), ("amount", .string(amount.decimalString)),
      ]
    }
    return .object(members)
  }

  private static func codeMembers(_ code: ContractCode) -> [(key: String, value: JSONValue)] {
    [
      ("codeHash", .string(Base58.encode(code.sha256))),
      ("codeSize", .optional(code.size.map { String($0) })),
    ]
  }

  private static func identifierMember(_ identifier: GlobalContractIdentifier) -> (
    key: String, value: JSONValue
  ) {
    switch identifier {
    case .codeHash(let hash): return ("codeHash", .string(Base58.encode(hash)))
    case .accountId(let account): return ("accountId", .string(account.value))
    }
  }

  private static func permission(_ permission: AccessKeyPermission) -> JSONValue {
    switch permission {
    case .fullAccess: return .object([("kind", .string("FullAccess"))])
    case .functionCall(let allowance, let receiver, let methods):
      return .object([
        ("kind", .string("FunctionCall")),
        ("allowance", .optional(allowance?.decimalString)),
        ("receiverId", .string(receiver)),
        ("methodNames", .array(methods.map(JSONValue.string))),
      ])
    }
  }
}
