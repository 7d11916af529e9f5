import TxrayCore

/// NEAR state held in memory and read from or written to a snapshot file, so a simulation runs
/// offline and can be replayed.
///
/// The file is JSON built from the shapes NEAR RPC returns, so a snapshot can be assembled by
/// hand from `curl` output:
/// ```json
/// {
///   "block": {"height": 150000000, "timestamp": 1764316800000000000,
///             "gas_price": "100000000", "epoch_height": 3000},
///   "accounts": {
///     "alice.near": {
///       "account": {"amount": "…", "locked": "0", "code_hash": "111…1", "storage_usage": 182},
///       "access_keys": [{"public_key": "ed25519:…",
///                        "access_key": {"nonce": 7, "permission": "FullAccess"}}],
///       "code_base64": "AGFzbQ…",
///       "state": [{"key": "<base64>", "value": "<base64>"}]
///     },
///     "nobody.near": null
///   }
/// }
/// ```
/// `account` is a `view_account` result, `access_keys` the `keys` of `view_access_key_list`,
/// `code_base64` the field of `view_code`, `state` the `values` of `view_state`. An account
/// mapped to `null` does not exist; an account not listed is not covered (a read of it stops the
/// simulation). A listed `access_keys` or `state` is the whole set: a key missing from it is
/// absent. `code_base64` may be left out when `code_hash` says there is no contract.
public struct NEARSnapshot: NEARStateSource, Sendable, Equatable {
  public struct Entry: Sendable, Equatable {
    /// nil: the account does not exist.
    public var account: NEARAccount?
    /// nil: not covered.
    public var accessKeys: [PublicKey: AccessKey]?
    /// nil: not covered (or no contract, when `account.hasContract` is false).
    public var code: [UInt8]?
    /// nil: not covered.
    public var state: [[UInt8]: [UInt8]]?

    public init(
      account: NEARAccount?, accessKeys: [PublicKey: AccessKey]? = nil, code: [UInt8]? = nil,
      state: [[UInt8]: [UInt8]]? = nil
    ) {
      self.account = account
      self.accessKeys = accessKeys
      self.code = code
      self.state = state
    }
  }

  /// The block reads answer for; nil when the file names none.
  public var currentBlock: NEARBlock?
  public var accounts: [AccountId: Entry]

  public init(block: NEARBlock?, accounts: [AccountId: Entry]) {
    self.currentBlock = block
    self.accounts = accounts
  }

  public func account(_ id: AccountId) throws(NEARStateError) -> NEARAccount? {
    try entry(id).account
  }

  public func accessKey(_ id: AccountId, publicKey: PublicKey) throws(NEARStateError) -> AccessKey?
  {
    let entry = try entry(id)
    guard entry.account != nil else { return nil }
    guard let keys = entry.accessKeys else { throw .missingAccessKeys(id) }
    return keys[publicKey]
  }

  public func code(_ id: AccountId) throws(NEARStateError) -> [UInt8]? {
    let entry = try entry(id)
    guard let account = entry.account, account.hasContract else { return nil }
    guard let code = entry.code else { throw .missingCode(id) }
    return code
  }

  public func storage(_ id: AccountId, key: [UInt8]) throws(NEARStateError) -> [UInt8]? {
    let entry = try entry(id)
    guard entry.account != nil else { return nil }
    guard let state = entry.state else { throw .missingStorage(id) }
    return state[key]
  }

  public func block() throws(NEARStateError) -> NEARBlock {
    guard let currentBlock else { throw .missingBlock }
    return currentBlock
  }

  private func entry(_ id: AccountId) throws(NEARStateError) -> Entry {
    guard let entry = accounts[id] else { throw .missingAccount(id) }
    return entry
  }
}

extension NEARSnapshot {
  /// Reads a snapshot file's JSON text; errors name the field.
  public static func parse(json text: String) throws(DecodeError) -> NEARSnapshot {
    guard let root = try? JSONValue(parsing: text) else {
      throw DecodeError("NEAR state snapshot is not JSON")
    }
    let fields = try JSONFields(root, path: "snapshot")
    var block: NEARBlock?
    if fields.object["block"] != nil { block = try NEARStateJSON.block(try fields.fields("block")) }
    guard let accountsObject = try fields.value("accounts").objectMembers else {
      throw fields.error("accounts", "is not an object")
    }
    var accounts: [AccountId: Entry] = [:]
    for (name, value) in accountsObject {
      guard let id = AccountId(name) else {
        throw fields.error("accounts", "has a key that is not an account id: \(name)")
      }
      if value == .null {
        accounts[id] = Entry(account: nil)
        continue
      }
      let entry = try JSONFields(value, path: "snapshot.accounts.\(name)")
      accounts[id] = try self.entry(entry)
    }
    return NEARSnapshot(block: block, accounts: accounts)
  }

  private static func entry(_ fields: JSONFields) throws(DecodeError) -> Entry {
    let account = try NEARStateJSON.account(try fields.fields("account"))
    var result = Entry(account: account)
    if fields.object["access_keys"] != nil {
      var keys: [PublicKey: AccessKey] = [:]
      for (index, item) in try fields.array("access_keys").enumerated() {
        let keyFields = try JSONFields(item, path: "\(fields.path).access_keys[\(index)]")
        keys[try keyFields.publicKey("public_key")] = try NEARStateJSON.accessKey(
          try keyFields.value("access_key"), path: keyFields.path + ".access_key")
      }
      result.accessKeys = keys
    }
    if fields.object["code_base64"] != nil { result.code = try fields.base64("code_base64") }
    if fields.object["state"] != nil {
      result.state = try NEARStateJSON.state(fields, key: "state")
    }
    return result
  }

  /// The snapshot as indented JSON with sorted keys, so saved states diff well.
  public var json: String {
    var accountsObject: [(key: String, value: JSONValue)] = []
    for (id, entry) in accounts {
      guard let account = entry.account else {
        accountsObject.append((id.value, .null))
        continue
      }
      var object: [(key: String, value: JSONValue)] = [
        ("account", NEARStateJSON.object(account))
      ]
      if let keys = entry.accessKeys {
        let sorted = keys.sorted { $0.key.description < $1.key.description }
        object.append(
          (
            "access_keys",
            .array(
              sorted.map {
                .object([
                  ("access_key", NEARStateJSON.object($0.value)),
                  ("public_key", .string($0.key.description)),
                ])
              })
          ))
      }
      if let code = entry.code { object.append(("code_base64", .string(Base64.encode(code)))) }
      if let state = entry.state {
        let sorted = state.sorted { $0.key.lexicographicallyPrecedes($1.key) }
        object.append(
          (
            "state",
            .array(
              sorted.map {
                .object([
                  ("key", .string(Base64.encode($0.key))),
                  ("value", .string(Base64.encode($0.value))),
                ])
              })
          ))
      }
      accountsObject.append((id.value, .object(object)))
    }
    var root: [(key: String, value: JSONValue)] = [("accounts", .object(accountsObject))]
    if let currentBlock { root.append(("block", NEARStateJSON.object(currentBlock))) }
    return JSONValue.object(root).sortingKeys.indented + "\n"
  }
}
