import NEAR

extension FuzzBody {
  /// NEAR's Borsh decoder on raw bytes: transactions, signed ones, delegate actions and every
  /// action type they hold.
  public static let nearTransaction = FuzzBody(target: "NEARTransaction") { input in
    _ = try? TransactionDecoder.decode(input)
  }
}
