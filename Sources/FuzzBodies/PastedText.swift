import TxrayKit

extension FuzzBody {
  /// The whole pipeline on arbitrary bytes read as UTF-8 text, as a pasted input would be:
  /// classification, hex and base64, every EVM and NEAR decoder, the rules and the narrator.
  public static let explain = FuzzBody(target: "Explain") { input in
    let text = String(decoding: input, as: UTF8.self)
    _ = try? Explainer.explain(text, context: bundledOnly, rendering: .json).output
  }

  /// Loaded once: the bundled registries, no state, no model.
  static let bundledOnly = ExplainContext()
}
