import TxrayCore

/// The `simulation` object of `explain --json` for NEAR. Quantities are decimal strings
/// (yoctoNEAR, gas, raw token units); token amounts also come formatted when the token's
/// metadata gave its decimals.
public enum NEARSimulationJSON {
  public static func object(_ result: NEARSimulationResult) -> JSONValue {
    var members: [(key: String, value: JSONValue)] = [
      ("status", .string(result.status.name)),
      ("reason", .optional(result.reason)),
    ]
    if case .succeeded(let value) = result.status {
      members.append(("returnValue", returnValue(value)))
    }
    members += [
      ("gasBurnt", .string(String(result.gasBurnt))),
      ("tokensBurnt", .string(result.tokensBurnt.decimalString)),
      ("gasPrice", .string(result.gasPrice.decimalString)),
      ("effects", .array(result.effects.map { effect($0, tokens: result.tokens) })),
      ("receipts", .array(result.receipts.map(receipt))),
    ]
    return .object(members)
  }

  /// UTF-8 text when the bytes are text (contracts mostly return JSON), else base64.
  static func returnValue(_ bytes: [UInt8]) -> JSONValue {
    if let text = String(validating: bytes, as: UTF8.self) { return .string(text) }
    return .object([("base64", .string(Base64.encode(bytes)))])
  }

  static func effect(_ effect: NEARSimulatedEffect, tokens: [AccountId: NEARTokenMetadata])
    -> JSONValue
  {
    var members: [(key: String, value: JSONValue)] = [("kind", .string(effect.kind))]
    switch effect {
    case .balanceChange(let account, let before, let after):
      let delta = SignedAmount.change(from: before, to: after)
      members += [
        ("account", .string(account.value)), ("before", .string(before.decimalString)),
        ("after", .string(after.decimalString)),
        ("delta", .string((delta.isNegative ? "-" : "") + delta.magnitude.decimalString)),
        ("formatted", .string((delta.isNegative ? "-" : "+") + NEARAmount.text(delta.magnitude))),
      ]
    case .tokenTransfer(let standard, let token, let from, let to, let amount, let ids, let memo):
      members += tokenMembers(standard, token, tokens)
      members += [("from", .string(from.value)), ("to", .string(to.value))]
      members += amountMembers(amount, ids, token: tokens[token])
      members.append(("memo", .optional(memo)))
    case .tokenMint(let standard, let token, let owner, let amount, let ids),
      .tokenBurn(let standard, let token, let owner, let amount, let ids):
      members += tokenMembers(standard, token, tokens)
      members.append(("owner", .string(owner.value)))
      members += amountMembers(amount, ids, token: tokens[token])
    case .storageChange(let account, let before, let after):
      members += [
        ("account", .string(account.value)), ("beforeBytes", .string(String(before))),
        ("afterBytes", .string(String(after))),
      ]
    case .keyAdded(let account, let key, let permission):
      members += [
        ("account", .string(account.value)), ("publicKey", .string(key.description)),
        ("permission", .string(EffectSentence.scope(permission.access))),
      ]
    case .keyRemoved(let account, let key):
      members += [("account", .string(account.value)), ("publicKey", .string(key.description))]
    case .codeDeployed(let account, let hash, let size):
      members += [
        ("account", .string(account.value)), ("codeSha256", .string(Base58.encode(hash))),
        ("size", .integer(size)),
      ]
    case .accountCreated(let account): members.append(("account", .string(account.value)))
    case .accountDeleted(let account, let beneficiary):
      members += [
        ("account", .string(account.value)), ("beneficiary", .string(beneficiary.value)),
      ]
    }
    return .object(members)
  }

  private static func tokenMembers(
    _ standard: NEARTokenStandard, _ token: AccountId, _ tokens: [AccountId: NEARTokenMetadata]
  ) -> [(key: String, value: JSONValue)] {
    let metadata = tokens[token]
    return [
      ("standard", .string(standard.rawValue)),
      (
        "token",
        .object([
          ("contract", .string(token.value)), ("symbol", .optional(metadata?.symbol)),
          ("name", .optional(metadata?.name)),
          ("decimals", metadata?.decimals.map(JSONValue.integer) ?? .null),
        ])
      ),
    ]
  }

  private static func amountMembers(
    _ amount: UInt256?, _ ids: [String], token: NEARTokenMetadata?
  ) -> [(key: String, value: JSONValue)] {
    guard let amount else { return [("tokenIds", .array(ids.map(JSONValue.string)))] }
    var members: [(key: String, value: JSONValue)] = [("amount", .string(amount.decimalString))]
    if let decimals = token?.decimals, (0...77).contains(decimals) {
      let symbol = TerminalSafeText.sanitize(token?.symbol ?? "")
      members.append(
        (
          "formatted",
          .string(Amount(units: amount, decimals: decimals, symbol: symbol).description)
        ))
    }
    return members
  }

  static func receipt(_ outcome: NEARReceiptOutcome) -> JSONValue {
    var status: String
    var extra: [(key: String, value: JSONValue)] = []
    switch outcome.status {
    case .succeeded(let value):
      status = "success"
      extra.append(("returnValue", returnValue(value)))
    case .succeededWithReceipt(let id):
      status = "success"
      extra.append(("returnsResultOf", .integer(id)))
    case .failed(let reason):
      status = "failure"
      extra.append(("reason", .string(reason)))
    case .notSimulated(let reason):
      status = "notSimulated"
      extra.append(("reason", .string(reason)))
    }
    return .object(
      [
        ("id", .integer(outcome.id)), ("kind", .string(outcome.isRefund ? "refund" : "action")),
        ("predecessor", .string(outcome.predecessor.value)),
        ("receiver", .string(outcome.receiver.value)),
        ("actions", .array(outcome.actions.map(JSONValue.string))), ("status", .string(status)),
      ] + extra + [
        ("logs", .array(outcome.logs.map(JSONValue.string))),
        ("gasBurnt", .string(String(outcome.gasBurnt))),
        ("tokensBurnt", .string(outcome.tokensBurnt.decimalString)),
        ("blockHeight", .string(String(outcome.blockHeight))),
        ("created", .array(outcome.created.map(JSONValue.integer))),
      ])
  }
}
