import Foundation
import TxrayCore

extension StateSnapshot {
  /// Reads a snapshot file (see `StateSnapshot` for the shape); `source` names it in errors.
  public init(json data: Data, source: String = "snapshot") throws(StateError) {
    let reader = SnapshotReader(source: source)
    guard let top = try? JSONValue(parsing: Array(data)) else { throw reader.error("not JSON") }
    guard case .object = top else { throw reader.error("not a JSON object") }
    var object = top
    if let result = object["result"], case .object = result, object["jsonrpc"] != nil {
      object = result
    }
    let wrapped = object["state"]?.objectMembers != nil
    let state = (wrapped ? object["state"]?.objectMembers : object.objectMembers) ?? []
    var accounts: [Address: SnapshotAccount] = [:]
    for (key, value) in state {
      let address = try reader.address(.string(key), field: "state")
      guard case .object = value else { throw reader.error("state \(key): not an object") }
      accounts[address] = try reader.account(value, field: "state \(key)")
    }
    self.accounts = accounts
    block = try wrapped ? reader.block(object["block"]) : Self.defaultBlock
    var hashes: [UInt64: UInt256] = [:]
    if let listed = object["blockHashes"] {
      guard let listed = listed.objectMembers else {
        throw reader.error("blockHashes: not an object")
      }
      for (number, hash) in listed {
        hashes[try reader.uint64(.string(number), field: "blockHashes key")] = try reader.uint256(
          hash, field: "blockHashes \(number)")
      }
    }
    blockHashes = hashes
  }

  /// The snapshot as a file `init(json:)` reads back, in prestateTracer's conventions: keys
  /// sorted, quantities in hex, nonce a number, slots and storage values as 32-byte words.
  public func json() -> Data {
    var blockFields: [(key: String, value: JSONValue)] = [
      ("number", .string(UInt256(block.number).hexString)),
      ("timestamp", .string(UInt256(block.timestamp).hexString)),
      ("coinbase", .string(block.coinbase.lowercaseHex)),
      ("gasLimit", .string(UInt256(block.gasLimit).hexString)),
      ("baseFee", .string(block.baseFee.hexString)),
      ("prevRandao", .string(Hex.encode(block.prevRandao.bigEndianBytes))),
      ("difficulty", .string(block.difficulty.hexString)),
    ]
    if let excess = block.excessBlobGas {
      blockFields.append(("excessBlobGas", .string(UInt256(excess).hexString)))
    }
    if block.chainIdIsStated {
      blockFields.append(("chainId", .string(UInt256(block.chainId).hexString)))
    }
    let hashes = blockHashes.sorted { $0.key < $1.key }.map { number, hash in
      (key: UInt256(number).hexString, value: JSONValue.string(Hex.encode(hash.bigEndianBytes)))
    }
    let state = accounts.sorted { $0.key < $1.key }.map { address, entry in
      (key: address.lowercaseHex, value: Self.accountJSON(entry))
    }
    let document = JSONValue.object([
      ("block", .object(blockFields)), ("blockHashes", .object(hashes)), ("state", .object(state)),
    ])
    return Data((document.serialized + "\n").utf8)
  }

  private static func accountJSON(_ entry: SnapshotAccount) -> JSONValue {
    let account = entry.account ?? AccountState()
    var fields: [(key: String, value: JSONValue)] = [
      ("balance", .string(account.balance.hexString))
    ]
    if account.nonce != 0 {
      // A JSON number, as prestateTracer writes it; nonces stay far below 2^53 in practice, and
      // a string is written beyond that so no reader rounds it.
      fields.append(
        (
          "nonce",
          account.nonce < 1 << 53
            ? .integer(Int(account.nonce)) : .string(UInt256(account.nonce).hexString)
        ))
    }
    if !account.code.isEmpty { fields.append(("code", .string(Hex.encode(account.code)))) }
    let slots = entry.storage.sorted { $0.key < $1.key }.map { slot, value in
      (
        key: Hex.encode(slot.bigEndianBytes),
        value: JSONValue.string(Hex.encode(value.bigEndianBytes))
      )
    }
    fields.append(("storage", .object(slots)))
    return .object(fields)
  }
}
