import EVM
import TxrayRules

/// Explains EIP-712 typed data (`eth_signTypedData_v4` JSON, bare or inside the JSON-RPC call).
enum TypedDataExplainer {
  static func explain(
    _ text: String, context: ExplainContext, rendering: Rendering
  ) throws(Failure) -> Explanation {
    let clearSigning = context.clearSigning
    let typed: TypedData
    do {
      typed = try TypedData(parsing: text)
    } catch {
      throw .badInput("typed data: \(error)")
    }
    try StatedChain.check(typed.chainId, against: context.assumedChainId)
    let described = clearSigning.describe(typedData: typed)
    let tokens = TypedDataTokenNames(clearSigning: clearSigning, chainId: typed.chainId)
    var outcome = TypedDataOutcome.declared(
      typed, tokens: clearSigning, calls: context.callDecoder)
    // Spenders are named as in a transaction ("Uniswap Universal Router (0x66a9…A8Af)"), on the
    // chain the domain binds the signature to; a domain without one names nobody.
    if let chainId = typed.chainId {
      EVMOutcome.nameKnownAccounts(&outcome, chainId: chainId, clearSigning: clearSigning)
    }
    return Explanation(
      rendering, outcome: outcome,
      json: { TypedDataJSON.object(typed, described: described, tokens: tokens) },
      sheet: { TypedDataFactSheet.make(typed, described: described, tokens: tokens) })
  }
}
