import Foundation
import NEAR
import TxrayCore
import TxrayRules

/// Explains a NEAR transaction, delegate action or RPC transaction view; when a state source is
/// given (`--state`, `--rpc`) it also simulates the transaction and adds what executing it does:
/// the `simulation` object in JSON, lines in the text, and the outcome's simulation.
enum NEARExplainer {
  static func explain(
    _ text: String, context: ExplainContext, rendering: Rendering
  ) throws(Failure) -> Explanation {
    let decoded = try NEARInput.decode(text)
    let simulation = try simulate(decoded, request: context.simulation)
    var outcome = NEAROutcome.declared(decoded)
    let naming = { (asset: Asset) in context.tokens.naming(asset, on: TokenList.near) }
    outcome.declared = outcome.declared.map { $0.mappingAssets(naming) }
    outcome.intent = outcome.intent?.mappingAssets(naming)
    outcome.simulation = simulation?.outcomeSimulation
    if let simulation {
      outcome.tokenMismatches = NEARTokenListCheck.mismatches(
        simulation.tokens, list: context.tokens)
    }
    return Explanation(
      rendering, outcome: outcome,
      json: {
        let object = TransactionJSON.object(decoded)
        guard let simulation, case .object(let members) = object else { return object }
        return .object(members + [("simulation", NEARSimulationJSON.object(simulation))])
      },
      sheet: {
        var sheet = NEARFactSheet.make(decoded)
        if let simulation {
          sheet.rows += NEARSimulationText.lines(simulation).map {
            FactSheet.Row($0.label, $0.value)
          }
        }
        return sheet
      })
  }

  /// Runs the simulation the options ask for; nil when they name no state. The state source is
  /// opened once per run and shared by every input; with `--save-state` it records, and the file
  /// is rewritten after each simulation with everything read so far.
  static func simulate(_ decoded: DecodedTransaction, request: SimulationRequest) throws(Failure)
    -> NEARSimulationResult?
  {
    guard request.isRequested else { return nil }
    let source = try request.sources.value("near") { () throws(Failure) -> any NEARStateSource in
      let opened = try open(request)
      return request.saveState == nil ? opened : NEARRecordingState(recording: opened)
    }
    // A node's reads stop at the bound too, not only the simulator's receipts.
    let state =
      request.rpc == nil ? source : NEARDeadlineState(source, timeout: request.timeout)
    let result = NEARSimulator(
      state: state, limits: NEARSimulationLimits(timeout: request.timeout)
    )
    .simulate(decoded)
    if let path = request.saveState, let recorder = source as? NEARRecordingState {
      do {
        try Data(recorder.snapshot.json.utf8).write(to: URL(fileURLWithPath: path))
      } catch {
        throw Failure(
          message: "cannot write the state to \(path): \(error.localizedDescription)",
          exitCode: .simulationFailed)
      }
    }
    return result
  }

  private static func open(_ request: SimulationRequest) throws(Failure) -> any NEARStateSource {
    guard !request.verifyState else {
      throw .badInput(
        "--verify-state proves EVM state with eth_getProof; NEAR input has no such check")
    }
    if let path = request.stateFile {
      let text: String
      do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
        throw .badInput("cannot read the state file \(path): \(error.localizedDescription)")
      }
      do { return try NEARSnapshot.parse(json: text) } catch {
        throw .badInput("NEAR state file \(path): \(error.message)")
      }
    }
    guard let rpc = request.rpc, let url = URL(string: rpc), url.scheme != nil else {
      throw .badInput("--rpc needs an http(s) URL, not \(request.rpc ?? "nothing")")
    }
    var height: UInt64?
    if let block = request.block, block != "latest" {
      guard let number = UInt64(block) else {
        throw .badInput("--block must be a block height or 'latest', not \(block)")
      }
      height = number
    }
    return NEARRPCState(client: NEARRPCClient(url: url, timeout: request.timeout), block: height)
  }
}
