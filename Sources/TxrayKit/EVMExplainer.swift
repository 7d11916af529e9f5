import EVM
import TxrayCore
import TxrayRules

/// Explains an EVM transaction, signing payload or transaction request; when a state source is
/// given (`--state`, `--rpc`) it also simulates the transaction and adds what executing it does:
/// the `simulation` object in JSON, a "Simulation" section in the text, and the outcome's
/// simulation for the rules and the narrator.
enum EVMExplainer {
  static func explain(
    _ text: String, context: ExplainContext, rendering: Rendering
  ) throws(Failure) -> Explanation {
    let tx = try EVMInput.decode(text)
    try StatedChain.check(tx.chainId, against: context.assumedChainId)
    let validity = tx.validity(fork: context.fork)
    let (call, described) = ClearSigningSource.annotate(
      decodeCall(tx, decoder: context.callDecoder), of: tx, clearSigning: context.clearSigning)
    let simulated = try simulate(tx, context: context)
    var outcome = EVMOutcome.declared(
      tx, call: call, tokens: context.clearSigning, assumedChainId: context.assumedChainId)
    let namingChain = tx.chainId ?? context.assumedChainId ?? UInt256(1)
    outcome.intent = EVMIntent.of(
      tx, call: call, described: described,
      swap: swap(tx, call: call, chainId: namingChain, clearSigning: context.clearSigning),
      tokens: CallEffects(chainId: namingChain, tokens: context.clearSigning))
    if let simulated {
      outcome.simulation = simulated.result.simulation
      outcome.accountsWithCode = Set(simulated.result.accountsWithCode.map(\.checksummed))
      outcome.accountsWithoutCode = Set(simulated.result.accountsWithoutCode.map(\.checksummed))
      outcome.tokenMismatches = TokenListCheck.mismatches(
        simulated.result.tokens, chainId: namingChain, clearSigning: context.clearSigning)
    }
    EVMOutcome.nameKnownAccounts(
      &outcome, chainId: namingChain, clearSigning: context.clearSigning)
    return Explanation(
      rendering, outcome: outcome,
      json: {
        let object = EVMTransactionJSON.object(
          tx, fork: context.fork, validity: validity, call: call, clearSigning: described)
        guard let simulated, case .object(let members) = object else { return object }
        return .object(
          members + [
            ("simulation", EVMSimulationJSON.object(simulated.result, sender: simulated.sender))
          ])
      },
      sheet: {
        var sheet = EVMFactSheet.make(tx, fork: context.fork, validity: validity, call: call)
        if let described { sheet.rows += ClearSigningOutput.rows(described) }
        if let simulated {
          sheet.rows += EVMSimulationJSON.rows(
            simulated.result, native: EVMChain.nativeAsset(chainId: tx.chainId))
        }
        return sheet
      })
  }

  /// The swap a router or aggregator call states; nil for any other call.
  private static func swap(
    _ tx: Transaction, call: DecodedCall?, chainId: UInt256, clearSigning: ClearSigning
  ) -> Intent? {
    guard let call, let to = tx.to else { return nil }
    let tokens = CallEffects(chainId: chainId, tokens: clearSigning)
    let reader = SwapReader(
      token: tokens.fungible, native: EVMChain.nativeAsset(chainId: chainId), value: tx.value,
      chainId: chainId)
    return reader.intent(of: call, contract: to)
  }

  /// What the calldata does; nil for a contract creation (the data is code) or no data.
  private static func decodeCall(_ tx: Transaction, decoder: CallDecoder) -> DecodedCall? {
    guard let to = tx.to, !tx.data.isEmpty else { return nil }
    return decoder.decode(calldata: tx.data, contract: to)
  }

  /// Runs the simulation the options ask for; nil when they name no state.
  private static func simulate(_ tx: Transaction, context: ExplainContext) throws(Failure)
    -> (result: EVMSimulation, sender: Address)?
  {
    let request = context.simulation
    guard request.isRequested else { return nil }
    let sender = try sender(of: tx, given: request.from)
    let opened = try EVMStateSource.shared(request)
    // A node's reads stop at the bound too, not only the interpreter's steps.
    let state =
      request.rpc == nil ? opened.state : DeadlineState(opened.state, timeout: request.timeout)
    let simulator = EVMSimulator(
      fork: context.fork, block: opened.block, state: state, timeout: request.timeout,
      callDecoder: context.callDecoder, customErrors: context.callDecoder.userABI.errors)
    let result = simulator.simulate(tx, from: sender)
    do { try opened.finish() } catch {
      throw Failure(
        message: "cannot write the state to \(request.saveState ?? ""): \(error)",
        exitCode: .simulationFailed)
    }
    return (result, sender)
  }

  /// The signer of a signed transaction, the `from` of a request, or `--from` for an unsigned
  /// transaction. A `--from` that contradicts the signature is refused rather than ignored.
  static func sender(of tx: Transaction, given: String?) throws(Failure) -> Address {
    let option = try given.map { text throws(Failure) -> Address in
      guard let address = Address(hex: text) else {
        throw .badInput(
          "--from must be a 20-byte hex address, not \(TerminalSafeText.sanitize(text))")
      }
      return address
    }
    switch (tx.from, option) {
    case (let signer?, let option?) where signer != option:
      throw .badInput(
        "--from \(option.checksummed) is not the transaction's sender \(signer.checksummed)")
    case (let signer?, _): return signer
    case (nil, let option?): return option
    case (nil, nil):
      throw .badInput(
        "simulating an unsigned transaction needs its sender: give --from ADDRESS")
    }
  }
}

/// The EVM state a run simulates against, opened once per run and shared by every input (and
/// every batch worker).
private enum EVMStateSource {
  static func shared(_ request: SimulationRequest) throws(Failure) -> EVMStateSources.Opened {
    try request.sources.value("evm") { () throws(Failure) -> EVMStateSources.Opened in
      do {
        return try EVMStateSources.open(
          stateFile: request.stateFile, rpc: request.rpc, block: request.block,
          saveTo: request.saveState, timeout: request.timeout, verifyState: request.verifyState)
      } catch {
        // A snapshot the user named is input; a node that does not answer is a failed run.
        throw Failure(
          message: "EVM state: \(error)",
          exitCode: request.stateFile == nil ? .simulationFailed : .badInput)
      }
    }
  }
}
