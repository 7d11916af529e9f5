import ArgumentParser
import EVM
import Foundation
import IntentCheck
import TxrayCore
import TxrayKit
import TxrayRules

/// The options every explaining command shares: what decides how an input is read and judged.
struct ExplainOptions: ParsableArguments {
  @Option(name: .long, help: "Judge validity under this fork's rules (default: Osaka).")
  var fork: String?

  @Option(
    name: .long, help: "Read input as this chain's (evm or near) instead of detecting it.")
  var chain: ChainChoice?

  @Option(
    name: .customLong("chain-id"),
    help:
      "The EVM chain you sign on: names the tokens, contracts and coin of a transaction that names no chain (default: Ethereum mainnet); input for another chain is refused."
  )
  var chainId: UInt64?

  @Option(
    name: .customLong("abi"),
    help: "A JSON ABI to decode calls with (repeatable); adds to $XDG_CONFIG_HOME/txray/abi/*.json."
  )
  var abiFiles: [String] = []

  @Option(
    name: .long,
    help:
      "A directory of ERC-7730 clear-signing descriptors (default: $XDG_CONFIG_HOME/txray/descriptors)."
  )
  var descriptors: String?

  @Option(
    name: .customLong("state"), help: "Simulate against this state snapshot file.")
  var stateFile: String?

  @Option(name: .long, help: "Simulate against this JSON-RPC endpoint, read lazily.")
  var rpc: String?

  @Option(name: .long, help: "The block whose state --rpc reads: a number or 'latest'.")
  var block: String?

  @Flag(
    name: .customLong("verify-state"),
    help:
      "Prove every account and slot --rpc answers against the block's state root (eth_getProof).")
  var verifyState = false

  @Option(name: .long, help: "The sender of an unsigned transaction, for simulation.")
  var from: String?

  @Option(
    name: .long, help: "Write the state the simulation read to FILE, to replay with --state.")
  var saveState: String?

  @Option(name: .long, help: "Give up a simulation after this many seconds (default 5).")
  var timeout: Double = 5

  @Option(name: .long, help: "Write the explanation with this GGUF model.")
  var model: String?

  @Option(
    name: .long,
    help: "Write the explanation with this OpenAI-compatible local server (http://127.0.0.1:8080).")
  var endpoint: String?

  @Flag(name: .long, help: "Use the rule-based explanation only.")
  var noModel = false

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Check the transaction against what you mean to do, e.g. 'send ≤ 1 ETH, receive ≥ 3000 USDC, nothing else'.",
      valueName: "EXPECTATION"))
  var expect: String?

  @Option(
    name: .customLong("expect-words"),
    help: ArgumentHelp(
      "Say it in plain words; the model reads them into an expectation, printed on stderr, then checked.",
      valueName: "WORDS"))
  var expectWords: String?

  /// `modelByDefault` says whether the installed default model writes the prose when neither
  /// `--model`, `--endpoint` nor `--no-model` is given.
  func context(modelByDefault: Bool) throws(Failure) -> ExplainContext {
    guard timeout > 0, timeout <= 3600 else {
      throw .badInput("--timeout must be more than 0 and at most 3600 seconds, not \(timeout)")
    }
    if rpc != nil, stateFile != nil {
      throw .badInput("give either --state or --rpc, not both")
    }
    if block != nil, rpc == nil {
      throw .badInput("--block needs --rpc")
    }
    if verifyState, rpc == nil {
      throw .badInput("--verify-state needs --rpc")
    }
    if saveState != nil, rpc == nil, stateFile == nil {
      throw .badInput("--save-state needs --rpc or --state")
    }
    if noModel, model != nil || endpoint != nil {
      throw .badInput("--no-model cannot be combined with --model or --endpoint")
    }
    var context = try ExplainContext.load(
      fork: fork, chain: chain, abiFiles: abiFiles, descriptors: descriptors)
    context.assumedChainId = chainId.map { UInt256($0) }
    for warning in context.warnings {
      StandardStreams.write("txray: warning: \(warning)\n", to: .standardError)
    }
    context.simulation = SimulationRequest(
      stateFile: stateFile, rpc: rpc, block: block, from: from, saveState: saveState,
      timeout: .milliseconds(Int64(timeout * 1000)), verifyState: verifyState)
    let environment = ProcessInfo.processInfo.environment
    do {
      context.addressBook = try AddressBookFile.load(environment: environment)
    } catch {
      throw .badInput(error.description)
    }
    let choice: ModelChoice
    do {
      choice = try ModelChoice.resolve(
        modelPath: model, endpoint: endpoint,
        noModel: noModel || (!modelByDefault && model == nil && endpoint == nil),
        environment: environment)
    } catch {
      throw .badInput(error.description)
    }
    if expect != nil, expectWords != nil {
      throw .badInput("give either --expect or --expect-words, not both")
    }
    if let expect {
      do {
        context.expectation = try ExpectationInput.parse(expect)
      } catch {
        throw .badInput(error.description)
      }
    }
    let model: (any LanguageModel)?
    do {
      model = try choice.load()
    } catch {
      throw Failure(message: "model: \(error)", exitCode: .badInput)
    }
    context.modelExplainer = model.map { ModelExplainer(model: $0) }
    if let expectWords {
      let expectation = try IntentProposal.read(expectWords, model: model, context: context)
      // What is checked is exactly what is printed.
      StandardStreams.write(
        "txray: read your words as: \(ExpectationText.render(expectation))\n", to: .standardError)
      context.expectation = expectation
      context.expectationWords = expectWords
    }
    return context
  }
}

extension ChainChoice: ExpressibleByArgument {}
