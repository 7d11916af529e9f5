import EVM
import Explain
import Foundation
import TxrayCore

/// Everything explaining needs besides the input, loaded once per run: `batch` shares one
/// across its workers instead of reading ABI and descriptor files for every line.
struct ExplainContext: Sendable {
  var fork: Fork
  var chain: ChainChoice?
  var callDecoder: CallDecoder
  var clearSigning: ClearSigning
  var simulation = SimulationRequest()
  /// Labels for known addresses and accounts; feeds labels and the address-poisoning rule.
  var addressBook = AddressBook()
  /// The model that rewords explanations, loaded once per run; nil: the narrator's text.
  var modelExplainer: ModelExplainer?

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

/// Where simulation reads chain state from, and its bounds. Neither a state file nor an RPC
/// endpoint means decode only.
struct SimulationRequest: Sendable {
  /// A snapshot file (`--state`).
  var stateFile: String?
  /// A live JSON-RPC endpoint (`--rpc`).
  var rpc: String?
  /// The block to read at (`--block N|latest`); nil is the latest.
  var block: String?
  /// The sender of an unsigned transaction (`--from`).
  var from: String?
  /// Write the state that was read here (`--save-state`).
  var saveState: String?
  /// The wall-clock bound of one simulation (`--timeout`).
  var timeout: Duration = .seconds(5)
  /// State sources opened for this run, shared by every input (and every batch worker).
  var sources = SharedStateCache()

  var isRequested: Bool { stateFile != nil || rpc != nil }
}

/// Which form of an explanation a command prints; only what is needed is built.
enum Rendering: Sendable {
  case json, text
  /// Both forms: the review screen shows the fields and the raw JSON.
  case both

  var wantsJSON: Bool { self != .text }
  var wantsText: Bool { self != .json }
}

/// One input explained: the decoded facts in the requested forms, the chain-neutral outcome,
/// and the judgement on it (findings, narration, the explanation shown).
struct Explanation: Sendable {
  enum Output: Sendable {
    case json(JSONValue)
    case text(String)
  }

  /// The chain explainer's object, without the judgement fields.
  var json: JSONValue?
  var sheet: FactSheet?
  var outcome: Outcome?
  var judgement: Judgement?

  /// Builds only the requested forms; the others are never computed.
  init(
    _ rendering: Rendering, outcome: Outcome? = nil, json: () -> JSONValue,
    sheet: () -> FactSheet
  ) {
    self.json = rendering.wantsJSON ? json() : nil
    self.sheet = rendering.wantsText ? sheet() : nil
    self.outcome = outcome
  }

  var findings: [Finding] { judgement?.findings ?? [] }

  /// What a command prints: the JSON object with the judgement merged in, or the text account
  /// followed by the judgement.
  var output: Output {
    if let json { return .json(JudgementOutput.merge(judgement, into: json)) }
    let text = sheet.map(PlainTextRenderer.render) ?? ""
    return .text(text + JudgementOutput.text(judgement))
  }
}

/// Routes an input to the explainer for its kind, then judges the outcome.
enum Explainer {
  static func explain(
    _ text: String, context: ExplainContext, rendering: Rendering
  ) throws(Failure) -> Explanation {
    var explanation: Explanation
    switch InputClassifier.classify(text, chain: context.chain) {
    case .evmTransaction:
      explanation = try EVMExplainer.explain(text, context: context, rendering: rendering)
    case .evmTypedData:
      explanation = try TypedDataExplainer.explain(text, context: context, rendering: rendering)
    case .nearTransaction:
      explanation = try NEARExplainer.explain(text, context: context, rendering: rendering)
    }
    if let outcome = explanation.outcome {
      explanation.judgement = Judgement.judge(outcome, context: context)
    }
    return explanation
  }
}
