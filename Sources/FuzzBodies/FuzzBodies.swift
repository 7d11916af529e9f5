extension FuzzBody {
  /// Every body, one per libFuzzer wrapper in Fuzz/ (the smoke tests check both ways).
  public static let all: [FuzzBody] = [
    .explain, .evmTransaction, .nearTransaction, .nearRPCTransaction, .abi, .typedData, .erc7730,
    .evmSnapshot, .nearSnapshot, .intent, .evmExecution, .wasmExecution, .evmStateRPC,
    .nearStateRPC, .codecs, .transactionRequest, .narrator,
  ]
}
