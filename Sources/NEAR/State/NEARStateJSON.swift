import TxrayCore

/// NEAR RPC's JSON shapes for accounts, access keys, state and blocks, read and written; shared
/// by the snapshot file and the RPC client so both speak exactly what a node sends. Objects are
/// written with their keys sorted, so saved states diff well.
enum NEARStateJSON {
  /// A `view_account` result.
  static func account(_ fields: JSONFields) throws(DecodeError) -> NEARAccount {
    NEARAccount(
      amount: try fields.balance("amount"), locked: try fields.balance("locked"),
      codeHash: try fields.hash("code_hash"), storageUsage: try fields.u64("storage_usage"))
  }

  static func object(_ account: NEARAccount) -> JSONValue {
    .object([
      ("amount", .string(account.amount.decimalString)),
      ("code_hash", .string(Base58.encode(account.codeHash))),
      ("locked", .string(account.locked.decimalString)),
      ("storage_usage", .number(String(account.storageUsage))),
    ])
  }

  /// A `view_access_key` result (`{"nonce": …, "permission": …}`). Read through the action
  /// decoder's `AddKey`, which already knows every permission shape nearcore writes.
  static func accessKey(_ json: JSONValue, path: String) throws(DecodeError) -> AccessKey {
    let placeholderKey = JSONValue.string("ed25519:11111111111111111111111111111111")
    let action = try RPCActionDecoder.action(
      .object([("AddKey", .object([("public_key", placeholderKey), ("access_key", json)]))]),
      codeIsHash: false, allowDelegate: false)
    guard case .addKey(_, let accessKey) = action else {
      throw DecodeError("\(path) is not an access key")
    }
    return accessKey
  }

  static func object(_ key: AccessKey) -> JSONValue {
    let permission: JSONValue
    switch key.permission {
    case .fullAccess: permission = .string("FullAccess")
    case .functionCall(let allowance, let receiver, let methods):
      permission = .object([
        (
          "FunctionCall",
          .object([
            ("allowance", .optional(allowance?.decimalString)),
            ("method_names", .array(methods.map(JSONValue.string))),
            ("receiver_id", .string(receiver)),
          ])
        )
      ])
    }
    return .object([("nonce", .number(String(key.nonce))), ("permission", permission)])
  }

  /// `view_state`'s `values`: `[{"key": base64, "value": base64}]`.
  static func state(_ fields: JSONFields, key: String) throws(DecodeError) -> [[UInt8]: [UInt8]] {
    var state: [[UInt8]: [UInt8]] = [:]
    for (index, item) in try fields.array(key).enumerated() {
      let pair = try JSONFields(item, path: "\(fields.path).\(key)[\(index)]")
      state[try pair.base64("key")] = try pair.base64("value")
    }
    return state
  }

  /// The snapshot's block, or the `header` of an RPC `block` result (which has no epoch height:
  /// it stays 0 unless the snapshot says).
  static func block(_ fields: JSONFields) throws(DecodeError) -> NEARBlock {
    NEARBlock(
      height: try fields.u64("height"), timestamp: try fields.u64("timestamp"),
      gasPrice: try fields.balance("gas_price"),
      epochHeight: try fields.optionalU64("epoch_height") ?? 0)
  }

  static func object(_ block: NEARBlock) -> JSONValue {
    .object([
      ("epoch_height", .number(String(block.epochHeight))),
      ("gas_price", .string(block.gasPrice.decimalString)),
      ("height", .number(String(block.height))),
      ("timestamp", .number(String(block.timestamp))),
    ])
  }
}
