import Explain
import NEAR

/// Explains a NEAR transaction, delegate action or RPC transaction view.
enum NEARExplainer {
  static func explain(_ text: String, rendering: Rendering) throws(Failure) -> Explanation {
    let decoded = try NEARInput.decode(text)
    return Explanation(
      rendering,
      json: { TransactionJSON.object(decoded) },
      text: { PlainTextRenderer.render(NEARFactSheet.make(decoded)) })
  }
}
