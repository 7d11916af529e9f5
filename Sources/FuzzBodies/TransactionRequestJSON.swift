import EVM

extension FuzzBody {
  /// A JSON transaction request as an app passes it to `eth_sendTransaction` (the params object
  /// or the whole JSON-RPC call), on arbitrary bytes read as UTF-8; one that reads is judged
  /// for validity under the current fork, as txray does next.
  public static let transactionRequest = FuzzBody(target: "TransactionRequest") { input in
    guard
      let transaction = try? TransactionDecoder.decode(
        jsonRequest: String(decoding: input, as: UTF8.self))
    else { return }
    _ = transaction.validity(fork: .current)
  }
}
