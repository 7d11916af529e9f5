import NEAR

extension FuzzBody {
  /// A transaction as NEAR's RPC prints it (JSON), on arbitrary bytes read as UTF-8.
  public static let nearRPCTransaction = FuzzBody(target: "NEARRPCTransaction") { input in
    _ = try? RPCTransactionDecoder.decode(json: String(decoding: input, as: UTF8.self))
  }
}
