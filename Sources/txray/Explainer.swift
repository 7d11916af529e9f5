import EVM
import TxrayCore

/// What every explain-like command needs to know besides the input.
struct ExplainSettings: Sendable {
  var fork: Fork
  var chain: ChainChoice?
}

/// One input explained: the JSON object of `--json`, the text account, and the findings.
struct Explanation: Sendable {
  var json: JSONValue
  var text: String
  var findings: [Finding]
}

/// Routes an input to the explainer for its kind.
enum Explainer {
  static func explain(
    _ text: String, settings: ExplainSettings, json: Bool
  ) throws(Failure) -> Explanation {
    throw .badInput("batch mode is being wired")
  }
}
