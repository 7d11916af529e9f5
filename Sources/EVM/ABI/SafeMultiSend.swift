import TxrayCore

/// Reads the packed batch of Safe's MultiSend and MultiSendCallOnly contracts.
///
/// Each transaction is `operation (1 byte) ‖ to (20) ‖ value (32) ‖ data length (32) ‖ data`,
/// concatenated with no padding (`abi.encodePacked`), so it cannot go through the ABI decoder.
public enum SafeMultiSend {
  public struct Transaction: Sendable, Equatable {
    /// 0 = call, 1 = delegatecall.
    public var operation: UInt8
    public var to: Address
    public var value: UInt256
    public var data: [UInt8]
  }

  /// Every transaction in the batch; a truncated entry or a length past the end throws with the
  /// byte offset in `packed`.
  public static func transactions(_ packed: [UInt8]) throws(ABIError) -> [Transaction] {
    var transactions: [Transaction] = []
    var position = 0
    while position < packed.count {
      let header = 1 + 20 + 32 + 32
      guard packed.count - position >= header else {
        throw ABIError(
          "MultiSend entry \(transactions.count) is cut short", offset: position)
      }
      let operation = packed[position]
      guard operation <= 1 else {
        throw ABIError(
          "MultiSend operation \(operation) is neither call nor delegatecall", offset: position)
      }
      let to = Address(bytes: packed[(position + 1)..<(position + 21)])
      let value = UInt256(bigEndianBytes: packed[(position + 21)..<(position + 53)]) ?? .zero
      let length = UInt256(bigEndianBytes: packed[(position + 53)..<(position + 85)]) ?? .zero
      let start = position + header
      guard let count = length.uint64Value.flatMap({ Int(exactly: $0) }),
        count <= packed.count - start, let to
      else {
        throw ABIError(
          "MultiSend entry \(transactions.count) data length \(length) runs past the end",
          offset: position + 53)
      }
      transactions.append(
        Transaction(
          operation: operation, to: to, value: value, data: Array(packed[start..<(start + count)])))
      position = start + count
    }
    return transactions
  }
}
