import EVM
import Explain

/// Explains EIP-712 typed data (`eth_signTypedData_v4` JSON, bare or inside the JSON-RPC call).
enum TypedDataExplainer {
  /// `descriptors` is the `--descriptors` directory; nil reads the config directory.
  static func explain(_ text: String, json: Bool, descriptors: String? = nil) throws(Failure)
    -> String
  {
    let typed: TypedData
    do {
      typed = try TypedData(parsing: text)
    } catch {
      throw .badInput("typed data: \(error)")
    }
    let clearSigning = try ClearSigningSource.load(directory: descriptors)
    let described = clearSigning.describe(typedData: typed)
    let tokens = TypedDataTokenNames(clearSigning: clearSigning, chainId: typed.chainId)
    return json
      ? TypedDataJSON.object(typed, described: described, tokens: tokens).serialized + "\n"
      : PlainTextRenderer.render(
        TypedDataFactSheet.make(typed, described: described, tokens: tokens))
  }
}
