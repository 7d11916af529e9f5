import EVM
import Explain

/// Explains an EVM transaction, signing payload or transaction request.
enum EVMExplainer {
  static func explain(
    _ text: String, context: ExplainContext, rendering: Rendering
  ) throws(Failure) -> Explanation {
    let tx = try EVMInput.decode(text)
    let validity = tx.validity(fork: context.fork)
    let (call, described) = ClearSigningSource.annotate(
      decodeCall(tx, decoder: context.callDecoder), of: tx, clearSigning: context.clearSigning)
    return Explanation(
      rendering,
      json: {
        EVMTransactionJSON.object(
          tx, fork: context.fork, validity: validity, call: call, clearSigning: described)
      },
      text: {
        var sheet = EVMFactSheet.make(tx, fork: context.fork, validity: validity, call: call)
        if let described { sheet.rows += ClearSigningOutput.rows(described) }
        return PlainTextRenderer.render(sheet)
      })
  }

  /// What the calldata does; nil for a contract creation (the data is code) or no data.
  private static func decodeCall(_ tx: Transaction, decoder: CallDecoder) -> DecodedCall? {
    guard let to = tx.to, !tx.data.isEmpty else { return nil }
    return decoder.decode(calldata: tx.data, contract: to)
  }
}
