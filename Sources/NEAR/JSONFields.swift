import TxrayCore

/// Typed access to the members of one JSON object from NEAR RPC, each failure naming the field
/// by its path (`transaction.actions[2].FunctionCall.gas`).
struct JSONFields {
  let object: JSONValue
  let path: String

  init(_ value: JSONValue, path: String) throws(DecodeError) {
    guard case .object = value else { throw DecodeError("\(path) is not a JSON object") }
    self.object = value
    self.path = path
  }

  /// Whether `key` is there and not null.
  func has(_ key: String) -> Bool {
    object[key] != nil && object[key] != .null
  }

  func error(_ key: String, _ problem: String) -> DecodeError {
    DecodeError("\(path).\(key) \(problem)")
  }

  func value(_ key: String) throws(DecodeError) -> JSONValue {
    guard let value = object[key], value != .null else { throw error(key, "is missing") }
    return value
  }

  func string(_ key: String) throws(DecodeError) -> String {
    guard let text = try value(key).stringValue else { throw error(key, "is not a string") }
    return text
  }

  func fields(_ key: String) throws(DecodeError) -> JSONFields {
    try JSONFields(value(key), path: "\(path).\(key)")
  }

  func array(_ key: String) throws(DecodeError) -> [JSONValue] {
    guard let items = try value(key).arrayItems else { throw error(key, "is not an array") }
    return items
  }

  func accountId(_ key: String) throws(DecodeError) -> AccountId {
    let text = try string(key)
    guard let account = AccountId(text) else {
      throw error(key, "is not an account id: \(AccountId.problem(text) ?? "invalid")")
    }
    return account
  }

  func publicKey(_ key: String) throws(DecodeError) -> PublicKey {
    switch PublicKey.parse(try string(key)) {
    case .success(let publicKey): return publicKey
    case .failure(let failure): throw error(key, "is not a public key: \(failure.message)")
    }
  }

  func optionalSignature(_ key: String) throws(DecodeError) -> Signature? {
    guard has(key) else { return nil }
    switch Signature.parse(try string(key)) {
    case .success(let signature): return signature
    case .failure(let failure): throw error(key, "is not a signature: \(failure.message)")
    }
  }

  func optionalHash(_ key: String) throws(DecodeError) -> [UInt8]? {
    guard has(key) else { return nil }
    return try hash(key)
  }

  func hash(_ key: String) throws(DecodeError) -> [UInt8] {
    let text = try string(key)
    let bytes: [UInt8]
    do { bytes = try Base58.decode(text) } catch {
      throw self.error(key, "is not base58: \(error)")
    }
    guard bytes.count == 32 else { throw error(key, "is \(bytes.count) bytes, not a 32-byte hash") }
    return bytes
  }

  func base64(_ key: String) throws(DecodeError) -> [UInt8] {
    let text = try string(key)
    do { return try Base64.decode(text) } catch { throw self.error(key, "is not base64: \(error)") }
  }

  /// JSON numbers or decimal strings: nearcore writes gas and nonces as numbers, balances as
  /// strings, and newer versions some gas values as strings.
  func u64(_ key: String) throws(DecodeError) -> UInt64 {
    guard let number = UInt64(try digits(key)) else {
      throw error(key, "is not an unsigned 64-bit integer")
    }
    return number
  }

  /// The text of a JSON string or number, as written; "" for any other kind.
  private func digits(_ key: String) throws(DecodeError) -> String {
    switch try value(key) {
    case .string(let text), .number(let text): return text
    default: return ""
    }
  }

  func optionalU64(_ key: String) throws(DecodeError) -> UInt64? {
    guard has(key) else { return nil }
    return try u64(key)
  }

  /// A u128 balance in yoctoNEAR, written as a decimal string.
  func balance(_ key: String) throws(DecodeError) -> UInt256 {
    guard let amount = UInt256(decimalString: try digits(key)), amount.bitWidth <= 128 else {
      throw error(key, "is not a yoctoNEAR amount (a decimal u128)")
    }
    return amount
  }
}
