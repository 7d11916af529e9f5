import Explain
import NEAR

/// Explains a NEAR transaction, delegate action or RPC transaction view.
enum NEARExplainer {
  static func explain(_ text: String, json: Bool) throws(Failure) -> String {
    let decoded = try NEARInput.decode(text)
    return json
      ? TransactionJSON.object(decoded).serialized + "\n"
      : PlainTextRenderer.render(NEARFactSheet.make(decoded))
  }
}
