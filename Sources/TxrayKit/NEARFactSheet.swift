import NEAR
import TxrayCore
import TxrayRules

/// The plain-text account of a decoded NEAR transaction or delegate action.
enum NEARFactSheet {
  /// Arguments longer than this are cut in the text (the JSON output carries them whole).
  static let argumentPreviewLimit = 400

  static func make(_ decoded: DecodedTransaction) -> FactSheet {
    var sheet = FactSheet(headline: headline(decoded))
    sheet.rows.append(.init("signer", account(decoded.signerId)))
    sheet.rows.append(.init("receiver", account(decoded.receiverId)))
    sheet.rows.append(.init("public key", decoded.publicKey.description))
    sheet.rows.append(.init("nonce", String(decoded.nonce)))
    switch decoded.body {
    case .transaction(let tx):
      sheet.rows.append(
        .init(
          "block hash",
          tx.blockHash.map { Base58.encode($0) } ?? "not in the RPC view (hash taken as stated)"))
      if let fee = tx.priorityFee { sheet.rows.append(.init("priority fee", String(fee))) }
    case .delegate(let delegate):
      sheet.rows.append(
        .init("expires", "after block \(delegate.maxBlockHeight) (max_block_height)"))
    }
    sheet.rows.append(.init("signature", signatureVerdict(decoded)))
    if let hash = decoded.hash {
      sheet.rows.append(.init("hash", Base58.encode(hash)))
    } else if let signing = decoded.computedHash {
      sheet.rows.append(.init("signing hash", Base58.encode(signing)))
    }
    if decoded.actions.isEmpty { sheet.rows.append(.init("actions", "none")) }
    for (index, action) in decoded.actions.enumerated() {
      sheet.rows += rows(action, label: "action \(index + 1)", receiver: decoded.receiverId)
    }
    let deposit = TransactionJSON.totalDeposit(decoded.actions)
    sheet.rows.append(.init("NEAR attached", NEARAmount.text(deposit)))
    sheet.rows.append(.init("gas", gasSummary(decoded)))
    for (index, effect) in DeclaredEffects.of(decoded).enumerated() {
      sheet.rows.append(.init("effect \(index + 1)", EffectSentence.text(effect)))
    }
    return sheet
  }

  private static func headline(_ decoded: DecodedTransaction) -> String {
    switch decoded.format {
    case .signed: return "NEAR transaction (\(version(decoded))), signed"
    case .unsigned:
      return "NEAR transaction (\(version(decoded))), unsigned (the bytes a wallet signs)"
    case .rpcView: return "NEAR transaction from an RPC view, signed"
    case .signedDelegate:
      return "NEAR delegate action (NEP-366), signed: a relayer submits it and pays the gas"
    case .delegate: return "NEAR delegate action (NEP-366), unsigned"
    }
  }

  private static func version(_ decoded: DecodedTransaction) -> String {
    if case .transaction(let tx) = decoded.body, tx.priorityFee != nil { return "V1" }
    return "V0"
  }

  private static func account(_ id: AccountId) -> String {
    switch id.kind {
    case .named: return id.value
    case .nearImplicit: return "\(id.value) (implicit account of an ed25519 key)"
    case .ethImplicit: return "\(id.value) (ETH-implicit account of an Ethereum address)"
    case .deterministic: return "\(id.value) (deterministic account, NEP-616)"
    }
  }

  private static func signatureVerdict(_ decoded: DecodedTransaction) -> String {
    guard let signature = decoded.signature else { return "none: not signed yet" }
    switch decoded.signatureValid {
    case .some(true) where decoded.blockHash == nil:
      // An RPC view leaves out the block hash, and with it what the hash is the hash of: the
      // signature proves the stated hash was signed, not that these fields are what it covers.
      return "valid \(signature.type.name) signature by the public key of the stated hash; the "
        + "view has no block hash, so nothing ties that hash to the fields shown"
    case .some(true): return "valid \(signature.type.name) signature by the public key"
    case .some(false): return "INVALID: not made by the public key over this transaction"
    case nil: return "cannot be checked: no hash to check it against"
    }
  }

  private static func gasSummary(_ decoded: DecodedTransaction) -> String {
    let gas = GasFeeBound.prepaidGas(decoded.actions)
    if gas.isZero { return "none prepaid: only each action's small fixed protocol fee" }
    let price = Amount(
      units: GasFeeBound.assumedMaximumGasPrice, decimals: 12, symbol: "NEAR per Tgas")
    let payer =
      decoded.format == .signedDelegate || decoded.format == .delegate
      ? "the relayer pays" : "the signer pays"
    return
      "\(tgas(gas)) prepaid, \(payer) at most \(NEARAmount.text(GasFeeBound.maximumPrepaidGasCost(decoded.actions))) "
      + "for it (assuming a gas price of at most \(price), 10 times the protocol floor; unused gas "
      + "is refunded), plus each action's small fixed fee"
  }

  private static func tgas(_ gas: UInt256) -> String {
    Amount(units: gas, decimals: 12, symbol: "Tgas").description
  }

  /// `label` is "action N" or, inside a delegate, "  action N.M"; detail rows go one step
  /// further in, so nesting stays readable.
  private static func rows(_ action: Action, label: String, receiver: AccountId) -> [FactSheet.Row]
  {
    let detail = String(repeating: " ", count: label.prefix { $0 == " " }.count + 2)
    var rows: [FactSheet.Row] = []
    switch action {
    case .createAccount: rows.append(.init(label, "CreateAccount \(receiver)"))
    case .deployContract(let code):
      rows.append(.init(label, "DeployContract " + codeText(code)))
    case .functionCall(let call):
      rows.append(
        .init(
          label,
          "FunctionCall \(call.methodName) on \(receiver), \(tgas(UInt256(call.gas))), "
            + "deposit \(NEARAmount.text(call.deposit))"))
      rows.append(.init(detail + "args", argumentText(call.args)))
      if let meaning = FunctionCallStandards.interpret(call, receiverId: receiver) {
        rows.append(.init(detail + "meaning", "\(meaning.standard): \(meaning.summary)"))
      }
    case .transfer(let deposit):
      rows.append(.init(label, "Transfer \(NEARAmount.text(deposit)) to \(receiver)"))
    case .stake(let amount, let key):
      rows.append(.init(label, "Stake \(NEARAmount.text(amount)) with validator key \(key)"))
    case .addKey(let key, let accessKey):
      rows.append(
        .init(
          label,
          "AddKey \(key), nonce \(accessKey.nonce): " + permissionText(accessKey.permission)))
    case .deleteKey(let key): rows.append(.init(label, "DeleteKey \(key)"))
    case .deleteAccount(let beneficiary):
      rows.append(.init(label, "DeleteAccount \(receiver), remaining NEAR to \(beneficiary)"))
    case .delegate(let signed):
      let inner = signed.delegateAction
      rows.append(
        .init(
          label,
          "Delegate: \(inner.actions.count) action(s) signed by \(inner.senderId) for "
            + "\(inner.receiverId), nonce \(inner.nonce), expires after block "
            + "\(inner.maxBlockHeight), key \(inner.publicKey), signature "
            + (signed.signatureValid ? "valid" : "INVALID")))
      for (index, nested) in inner.actions.enumerated() {
        rows += self.rows(
          nested, label: "  \(label).\(index + 1)", receiver: inner.receiverId)
      }
    case .deployGlobalContract(let code, let mode):
      rows.append(
        .init(label, "DeployGlobalContract " + codeText(code) + ", deploy mode \(mode.name)"))
    case .useGlobalContract(let identifier):
      rows.append(.init(label, "UseGlobalContract " + identifierText(identifier)))
    case .deterministicStateInit(let initial):
      rows.append(
        .init(
          label,
          "DeterministicStateInit " + identifierText(initial.code)
            + ", \(initial.data.count) storage entries, deposit \(NEARAmount.text(initial.deposit))"
        ))
    case .transferToGasKey(let key, let deposit):
      rows.append(.init(label, "TransferToGasKey \(NEARAmount.text(deposit)) to gas key \(key)"))
    case .withdrawFromGasKey(let key, let amount):
      rows.append(.init(label, "WithdrawFromGasKey \(NEARAmount.text(amount)) from gas key \(key)"))
    }
    return rows
  }

  private static func codeText(_ code: ContractCode) -> String {
    "code sha256 \(Base58.encode(code.sha256))" + (code.size.map { ", \($0) bytes" } ?? "")
  }

  private static func identifierText(_ identifier: GlobalContractIdentifier) -> String {
    switch identifier {
    case .codeHash(let hash): return "code hash \(Base58.encode(hash))"
    case .accountId(let account): return "published by \(account)"
    }
  }

  private static func permissionText(_ permission: AccessKeyPermission) -> String {
    switch permission {
    case .fullAccess: return "FULL ACCESS to the account"
    case .functionCall(let allowance, let receiverId, let methods):
      let which = methods.isEmpty ? "any method" : methods.joined(separator: ", ")
      let budget = allowance.map { "allowance \(NEARAmount.text($0))" } ?? "unlimited allowance"
      return "function calls only: \(which) on \(receiverId), \(budget)"
    }
  }

  /// JSON text as it is (the renderer escapes control characters), else the bytes as hex.
  private static func argumentText(_ args: [UInt8]) -> String {
    if args.isEmpty { return "none" }
    guard let json = FunctionCallArguments.jsonText(args) else {
      return "\(args.count) bytes, not JSON: \(Hex.encode(args.prefix(argumentPreviewLimit / 2)))"
        + (args.count > argumentPreviewLimit / 2 ? "…" : "")
    }
    if json.count <= argumentPreviewLimit { return json }
    return String(json.prefix(argumentPreviewLimit)) + "… (\(args.count) bytes in all)"
  }
}
