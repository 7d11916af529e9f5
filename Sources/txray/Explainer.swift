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

/// Which form of an explanation a command prints; only that one is built.
enum Rendering: Sendable {
  case json, text
}

/// One input explained: the object `--json` prints or the text account, and the findings.
struct Explanation: Sendable {
  enum Output: Sendable {
    case json(JSONValue)
    case text(String)
  }

  var output: Output
  var findings: [Finding]

  /// Builds only the requested form; the other is never computed.
  init(
    _ rendering: Rendering, findings: [Finding] = [], json: () -> JSONValue, text: () -> String
  ) {
    switch rendering {
    case .json: output = .json(json())
    case .text: output = .text(text())
    }
    self.findings = findings
  }
}

/// Routes an input to the explainer for its kind.
enum Explainer {
  static func explain(
    _ text: String, context: ExplainContext, rendering: Rendering
  ) throws(Failure) -> Explanation {
    switch InputClassifier.classify(text, chain: context.chain) {
    case .evmTransaction:
      return try EVMExplainer.explain(text, context: context, rendering: rendering)
    case .evmTypedData:
      return try TypedDataExplainer.explain(text, context: context, rendering: rendering)
    case .nearTransaction: return try NEARExplainer.explain(text, rendering: rendering)
    }
  }
}
