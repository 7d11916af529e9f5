import EVM

extension FuzzBody {
  /// RLP and every EVM transaction type on raw bytes: the item alone, then the transaction read
  /// signed or unsigned, then signed only (which also recovers the sender).
  public static let evmTransaction = FuzzBody(target: "EVMTransaction") { input in
    _ = try? RLPDecoder.decode(input)
    _ = try? TransactionDecoder.decode(input)
    _ = try? TransactionDecoder.decodeSigned(input)
  }
}
