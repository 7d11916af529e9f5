import EVM
import Foundation
import IntentCheck
import TxrayCore
import TxrayRules

/// Everything explaining needs besides the input, loaded once per run: `batch` shares one
/// across its workers instead of reading ABI and descriptor files for every line.
public struct ExplainContext: Sendable {
  /// The fork whose rules judge validity.
  public var fork: Fork
  /// The chain forced by the user; nil detects it from the input.
  public var chain: ChainChoice?
  /// Names calls and their arguments (the bundled registry and the user's ABIs).
  public var callDecoder: CallDecoder
  /// ERC-7730 descriptors and the token list that name amounts.
  public var clearSigning: ClearSigning
  /// Where to simulate; the default decodes only.
  public var simulation = SimulationRequest()
  /// Labels for known addresses and accounts; feeds labels and the address-poisoning rule.
  public var addressBook = AddressBook()
  /// The model that rewords explanations, loaded once per run; nil: the narrator's text.
  public var modelExplainer: ModelExplainer?
  /// Tokens named offline: the bundled EVM and NEAR lists with the user's `tokens.json` on top.
  public var tokens = TokenList()
  /// The EVM chain a transaction that names none is read as (`--chain-id`); nil: Ethereum
  /// mainnet, said as an assumption.
  public var assumedChainId: UInt256?
  /// What the signer says the transaction must do (`--expect`, batch's `expect`); nil: no intent
  /// check.
  public var expectation: Expectation?
  /// The plain words `expectation` was read from by the model (`--expect-words`), reported with
  /// the check so that what was checked is never taken for what was typed.
  public var expectationWords: String?
  /// What loading skipped (a descriptor file that could not be used …): one line each, printed
  /// on stderr once per run and listed in `--json` output as `warnings`.
  public var warnings: [String] = []

  /// A context from values already loaded: the bundled registries unless given, no simulation,
  /// no address book and no model.
  public init(
    fork: Fork = .current, chain: ChainChoice? = nil, callDecoder: CallDecoder = CallDecoder(),
    clearSigning: ClearSigning = ClearSigning(registry: ClearSigningRegistry())
  ) {
    self.fork = fork
    self.chain = chain
    self.callDecoder = callDecoder
    self.clearSigning = clearSigning
  }

  /// `abiFiles` (the `--abi` files) add to the config directory's ABIs; `descriptors` (the
  /// `--descriptors` directory) replaces the config directory's descriptors.
  public static func load(
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
    var (clearSigning, warnings) = try ClearSigningSource.load(directory: descriptors)
    let (tokens, tokenWarnings) = TokenListSource.load(
      environment: ProcessInfo.processInfo.environment)
    clearSigning.tokens = tokens
    var context = ExplainContext(
      fork: try ForkOption.parse(fork), chain: chain, callDecoder: CallDecoder(userABI: userABI),
      clearSigning: clearSigning)
    context.tokens = tokens
    context.warnings = warnings + tokenWarnings
    return context
  }
}

/// Where simulation reads chain state from, and its bounds. Neither a state file nor an RPC
/// endpoint means decode only.
public struct SimulationRequest: Sendable {
  /// A snapshot file (`--state`).
  public var stateFile: String?
  /// A live JSON-RPC endpoint (`--rpc`).
  public var rpc: String?
  /// The block to read at (`--block N|latest`); nil is the latest.
  public var block: String?
  /// The sender of an unsigned transaction (`--from`).
  public var from: String?
  /// Write the state that was read here (`--save-state`).
  public var saveState: String?
  /// The wall-clock bound of one simulation (`--timeout`).
  public var timeout: Duration = .seconds(5)
  /// Prove every account and slot read from `rpc` against the block's state root
  /// (`--verify-state`, EVM only).
  public var verifyState = false
  /// State sources opened for this run, shared by every input (and every batch worker).
  var sources = SharedStateCache()

  /// Whether a state source is named: without one the input is decoded, not simulated.
  public var isRequested: Bool { stateFile != nil || rpc != nil }

  /// A request for the given sources and bounds; all nil means decode only.
  public init(
    stateFile: String? = nil, rpc: String? = nil, block: String? = nil, from: String? = nil,
    saveState: String? = nil, timeout: Duration = .seconds(5), verifyState: Bool = false
  ) {
    self.stateFile = stateFile
    self.rpc = rpc
    self.block = block
    self.from = from
    self.saveState = saveState
    self.timeout = timeout
    self.verifyState = verifyState
  }
}

/// Which form of an explanation a command prints; only what is needed is built.
public enum Rendering: Sendable {
  /// The JSON object only (`--json`, `batch`'s JSON Lines).
  case json
  /// The text account only.
  case text
  /// Both forms: the review screen shows the fields and the raw JSON.
  case both

  /// Whether the JSON object is built.
  public var wantsJSON: Bool { self != .text }
  /// Whether the text fact sheet is built.
  public var wantsText: Bool { self != .json }
}

/// One input explained: the decoded facts in the requested forms, the chain-neutral outcome,
/// and the judgement on it (findings, narration, the explanation shown).
public struct Explanation: Sendable {
  /// A finished rendering, ready to print.
  public enum Output: Sendable {
    /// The chain's JSON object with `headline`, `findings` and `explanation` merged in.
    case json(JSONValue)
    /// The fact sheet as text, then the verdict, the findings and the explanation.
    case text(String)
  }

  /// The chain explainer's object, without the judgement fields.
  public var json: JSONValue?
  /// The decoded facts as labelled rows, for text.
  public var sheet: FactSheet?
  /// The chain-neutral account the rules and the narrator read.
  public var outcome: Outcome?
  /// Findings, narration and the explanation shown; nil when there is no outcome.
  public var judgement: Judgement?
  /// The run's loading warnings, repeated in the JSON object so a program sees them too.
  public var warnings: [String] = []

  /// Builds only the requested forms; the others are never computed.
  init(
    _ rendering: Rendering, outcome: Outcome? = nil, json: () -> JSONValue,
    sheet: () -> FactSheet
  ) {
    self.json = rendering.wantsJSON ? json() : nil
    self.sheet = rendering.wantsText ? sheet() : nil
    self.outcome = outcome
  }

  /// The rules' findings, none without a judgement.
  public var findings: [Finding] { judgement?.findings ?? [] }

  /// What a command prints: the JSON object with the judgement merged in, or the text account
  /// followed by the judgement.
  public var output: Output {
    if let json {
      var judged = JudgementOutput.merge(judgement, into: json)
      if let outcome {
        judged =
          judged
          .setting("action", IntentJSON.object(outcome.intent))
          .setting("labels", IntentJSON.labels(outcome.knownNames))
      }
      if !warnings.isEmpty {
        judged = judged.setting("warnings", .array(warnings.map(JSONValue.string)))
      }
      return .json(judged)
    }
    let text = sheet.map(PlainTextRenderer.render) ?? ""
    return .text(
      text + JudgementOutput.text(judgement, simulation: outcome?.simulation?.status))
  }
}

/// Routes an input to the explainer for its kind, then judges the outcome.
public enum Explainer {
  /// Classifies `text` (EVM transaction, typed data or NEAR transaction), decodes it, simulates
  /// it when `context` names state, builds its outcome and judges it.
  public static func explain(
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
    explanation.warnings = context.warnings
    if let outcome = explanation.outcome {
      explanation.judgement = Judgement.judge(outcome, context: context)
    }
    return explanation
  }
}
