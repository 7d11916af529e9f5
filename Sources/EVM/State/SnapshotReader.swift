import TxrayCore

/// Typed reads of snapshot JSON values (hex strings or JSON numbers), with errors naming the file
/// and field.
struct SnapshotReader {
  var source: String

  func error(_ reason: String) -> StateError {
    .unavailable("\(source): \(reason)")
  }

  func uint256(_ value: JSONValue?, field: String) throws(StateError) -> UInt256 {
    if let text = value?.stringValue {
      var digits = Substring(text)
      if digits.hasPrefix("0x") || digits.hasPrefix("0X") {
        digits = digits.dropFirst(2).drop { $0 == "0" }
        if digits.isEmpty { return .zero }
        if let number = UInt256(hexString: String(digits)) { return number }
      } else if let number = UInt256(decimalString: text) {
        return number
      }
    } else if let number = value?.numberText.flatMap({ UInt64($0) }) {
      return UInt256(number)
    }
    throw error("\(field): not a 256-bit quantity")
  }

  func uint64(_ value: JSONValue?, field: String) throws(StateError) -> UInt64 {
    guard let number = try uint256(value, field: field).uint64Value else {
      throw error("\(field): does not fit 64 bits")
    }
    return number
  }

  func address(_ value: JSONValue?, field: String) throws(StateError) -> Address {
    guard let text = value?.stringValue, let address = Address(hex: text) else {
      throw error("\(field): not an address")
    }
    return address
  }

  func bytes(_ value: JSONValue?, field: String) throws(StateError) -> [UInt8] {
    guard let text = value?.stringValue, let bytes = try? Hex.decode(text) else {
      throw error("\(field): not hex bytes")
    }
    return bytes
  }

  /// A prestateTracer account; absent fields are zero or empty, and an empty account does not
  /// exist.
  func account(_ fields: JSONValue, field: String) throws(StateError) -> SnapshotAccount {
    let account = AccountState(
      balance: try fields["balance"].map { (value) throws(StateError) in
        try uint256(value, field: "\(field) balance")
      } ?? .zero,
      nonce: try fields["nonce"].map { (value) throws(StateError) in
        try uint64(value, field: "\(field) nonce")
      } ?? 0,
      code: try fields["code"].map { (value) throws(StateError) in
        try bytes(value, field: "\(field) code")
      } ?? [])
    var storage: [UInt256: UInt256] = [:]
    if let listed = fields["storage"] {
      guard let listed = listed.objectMembers else {
        throw error("\(field) storage: not an object")
      }
      for (slot, value) in listed {
        storage[try uint256(.string(slot), field: "\(field) storage key")] = try uint256(
          value, field: "\(field) storage \(slot)")
      }
    }
    let exists = !account.balance.isZero || account.nonce != 0 || !account.code.isEmpty
    return SnapshotAccount(account: exists ? account : nil, storage: storage)
  }

  /// The block section; fields left out take `StateSnapshot.defaultBlock`'s values.
  func block(_ value: JSONValue?) throws(StateError) -> BlockEnvironment {
    var block = StateSnapshot.defaultBlock
    guard let value else { return block }
    guard case .object = value else { throw error("block: not an object") }
    func field(_ names: String...) -> (name: String, value: JSONValue)? {
      for name in names {
        if let found = value[name] { return ("block \(name)", found) }
      }
      return nil
    }
    if let (name, value) = field("number") { block.number = try uint64(value, field: name) }
    if let (name, value) = field("timestamp") { block.timestamp = try uint64(value, field: name) }
    if let (name, value) = field("coinbase", "miner") {
      block.coinbase = try address(value, field: name)
    }
    if let (name, value) = field("gasLimit") { block.gasLimit = try uint64(value, field: name) }
    if let (name, value) = field("baseFee", "baseFeePerGas") {
      block.baseFee = try uint256(value, field: name)
    }
    if let (name, value) = field("prevRandao", "mixHash", "random") {
      block.prevRandao = try uint256(value, field: name)
    }
    if let (name, value) = field("difficulty") {
      block.difficulty = try uint256(value, field: name)
    }
    if let (name, value) = field("excessBlobGas") {
      block.excessBlobGas = try uint64(value, field: name)
    }
    if let (name, value) = field("chainId") {
      block.chainId = try uint64(value, field: name)
      block.chainIdIsStated = true
    }
    return block
  }
}
