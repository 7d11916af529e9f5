import EVM

extension FuzzBody {
  /// EIP-712 typed data (`eth_signTypedData_v4` JSON) on arbitrary bytes read as UTF-8.
  public static let typedData = FuzzBody(target: "TypedData") { input in
    _ = try? TypedData(parsing: String(decoding: input, as: UTF8.self))
  }
}
