import EVM
import Explain

/// Explains an EVM transaction, signing payload or transaction request.
enum EVMExplainer {
  static func explain(_ text: String, fork: Fork, json: Bool) throws(Failure) -> String {
    let tx = try EVMInput.decode(text)
    let validity = tx.validity(fork: fork)
    return json
      ? EVMTransactionJSON.object(tx, fork: fork, validity: validity).serialized + "\n"
      : PlainTextRenderer.render(EVMFactSheet.make(tx, fork: fork, validity: validity))
  }
}
