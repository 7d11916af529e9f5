import TxrayCore

/// Typed reads of transaction fields, each checking the field's shape and naming the field and
/// its byte offset when it is wrong.
extension RLPDecoder {
  /// An RLP integer: at most 32 bytes and, to keep one encoding per value, no leading zero bytes
  /// (zero is the empty string).
  mutating func readUInt256(_ field: String) throws(DecodeError) -> UInt256 {
    let offset = position
    let payload = try readBytes(field)
    guard let value = UInt256(bigEndianBytes: payload) else {
      throw DecodeError("\(field) is longer than 32 bytes", offset: offset)
    }
    guard payload.first != 0 else {
      throw DecodeError("\(field) has leading zero bytes", offset: offset)
    }
    return value
  }

  /// A 20-byte address.
  mutating func readAddress(_ field: String) throws(DecodeError) -> Address {
    let offset = position
    let payload = try readBytes(field)
    guard let address = Address(bytes: payload) else {
      throw DecodeError(
        "\(field) must be a 20-byte address, found \(payload.count) bytes", offset: offset)
    }
    return address
  }

  /// The `to` field where creation is allowed: empty means contract creation.
  mutating func readRecipient() throws(DecodeError) -> Address? {
    let header = try peekHeader()
    if !header.isList && header.payload.isEmpty {
      _ = try readHeader()
      return nil
    }
    return try readAddress("to")
  }

  /// A byte string of exactly `length` bytes (storage keys, versioned hashes, KZG values).
  mutating func readFixedBytes(_ field: String, length: Int) throws(DecodeError) -> [UInt8] {
    let offset = position
    let payload = try readBytes(field)
    guard payload.count == length else {
      throw DecodeError(
        "\(field) must be \(length) bytes, found \(payload.count)", offset: offset)
    }
    return Array(payload)
  }

  /// A list whose items are all byte strings of exactly `length` bytes.
  mutating func readFixedBytesList(
    _ field: String, itemName: String, length: Int
  ) throws(DecodeError) -> [[UInt8]] {
    var items = try readList(field)
    var values: [[UInt8]] = []
    while !items.isAtEnd {
      values.append(try items.readFixedBytes(itemName, length: length))
    }
    return values
  }

  /// An EIP-2930 access list: `[[address, [storageKey, ...]], ...]`.
  mutating func readAccessList() throws(DecodeError) -> [AccessListEntry] {
    var entries = try readList("access list")
    var accessList: [AccessListEntry] = []
    while !entries.isAtEnd {
      let entryOffset = entries.position
      var entry = try entries.readList("access list entry")
      guard try entry.remainingCount() == 2 else {
        throw DecodeError(
          "access list entry must have 2 items (address, storage keys)", offset: entryOffset)
      }
      let address = try entry.readAddress("access list address")
      let keys = try entry.readFixedBytesList(
        "access list storage keys", itemName: "access list storage key", length: 32)
      accessList.append(AccessListEntry(address: address, storageKeys: keys))
    }
    return accessList
  }

  /// The number of items left, which must be one of `allowed`; otherwise a message naming the
  /// fields expected.
  func expectFieldCount(
    _ allowed: [Int: String], of what: String, offset: Int
  ) throws(DecodeError) -> Int {
    let count = try remainingCount()
    guard allowed[count] == nil else { return count }
    let expected = allowed.sorted { $0.key > $1.key }.map { "\($0.key) (\($0.value))" }
    throw DecodeError(
      "\(what) has \(count) fields; expected \(expected.joined(separator: " or "))",
      offset: offset)
  }
}
