import EVM
import Foundation
import TxrayCore

/// Everything explaining needs besides the input, loaded once per run: `batch` shares one
/// across its workers instead of reading ABI and descriptor files for every line.
struct ExplainContext: Sendable {
  var fork: Fork
  var chain: ChainChoice?
  var callDecoder: CallDecoder
  var clearSigning: ClearSigning

  /// `abiFiles` (the `--abi` files) add to the config directory's ABIs; `descriptors` (the
  /// `--descriptors` directory) replaces the config directory's descriptors.
  static func load(
    fork: String?, chain: ChainChoice?, abiFiles: [String], descriptors: String?
  ) throws(Failure) -> ExplainContext {
    let userABI: UserABI
    do {
      userABI = try UserABI.load(
        files: abiFiles,
        directory: UserABI.defaultDirectory(environment: ProcessInfo.processInfo.environment))
    } catch {
      throw .badInput(error.description)
    }
    return ExplainContext(
      fork: try ForkOption.parse(fork), chain: chain, callDecoder: CallDecoder(userABI: userABI),
      clearSigning: try ClearSigningSource.load(directory: descriptors))
  }
}

/// One input explained: the object `--json` prints, the text account, and the findings.
struct Explanation: Sendable {
  var json: JSONValue
  var text: String
  var findings: [Finding]
}

/// Routes an input to the explainer for its kind.
enum Explainer {
  static func explain(_ text: String, context: ExplainContext) throws(Failure) -> Explanation {
    switch InputClassifier.classify(text, chain: context.chain) {
    case .evmTransaction: return try EVMExplainer.explain(text, context: context)
    case .evmTypedData: return try TypedDataExplainer.explain(text, context: context)
    case .nearTransaction: return try NEARExplainer.explain(text)
    }
  }
}
