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
    let described = clearSigning.describe(typedData: typed)
    let tokens = TypedDataTokenNames(clearSigning: clearSigning, chainId: typed.chainId)
    return Explanation(
      rendering, outcome: TypedDataOutcome.declared(typed, tokens: clearSigning),
      json: { TypedDataJSON.object(typed, described: described, tokens: tokens) },
      sheet: { TypedDataFactSheet.make(typed, described: described, tokens: tokens) })
  }
}
