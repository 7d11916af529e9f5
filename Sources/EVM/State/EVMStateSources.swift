import Foundation
import TxrayCore

/// Opens the state a simulation reads, from the command-line options: a snapshot file
/// (`--state FILE`) or a node (`--rpc URL`, `--block N|latest`), optionally recorded to a
/// snapshot (`--save-state FILE`).
public enum EVMStateSources {
  /// The opened state and the block the transaction runs in. Call `finish()` after the
  /// simulation: with `--save-state` it writes what was read.
  public struct Opened: Sendable {
    public var state: any StateSource
    public var block: BlockEnvironment
    private var recorder: RecordingState?
    private var saveTo: URL?

    init(state: any StateSource, block: BlockEnvironment, saveTo: URL?) {
      if saveTo != nil {
        let recorder = RecordingState(state, block: block)
        self.state = recorder
        self.recorder = recorder
      } else {
        self.state = state
      }
      self.block = block
      self.saveTo = saveTo
    }

    /// Writes the recorded snapshot when `--save-state` was given.
    public func finish() throws(StateError) {
      guard let recorder, let saveTo else { return }
      try recorder.save(to: saveTo)
    }
  }

  /// Exactly one of `stateFile` and `rpc` must be given. `block` ("latest", a decimal or 0x
  /// number; default latest) and `verifyState` (prove every read against the block's state
  /// root) apply to `rpc` only.
  public static func open(
    stateFile: String?, rpc: String?, block: String? = nil, saveTo: String? = nil,
    timeout: Duration = .seconds(10), verifyState: Bool = false
  ) throws(StateError) -> Opened {
    let saveURL = saveTo.map { URL(fileURLWithPath: $0) }
    switch (stateFile, rpc) {
    case (let file?, nil):
      guard block == nil else {
        throw .unavailable("--block applies to --rpc; a snapshot carries its own block")
      }
      guard !verifyState else {
        throw .unavailable("--verify-state applies to --rpc; a snapshot has no state root")
      }
      let snapshot = try SnapshotState(file: URL(fileURLWithPath: file))
      return Opened(state: snapshot, block: snapshot.block, saveTo: saveURL)
    case (nil, let endpoint?):
      guard let url = URL(string: endpoint), let scheme = url.scheme?.lowercased(),
        scheme == "http" || scheme == "https", url.host != nil
      else {
        throw .unavailable("--rpc needs an http(s) URL")
      }
      guard let selector = RPCState.BlockSelector(block ?? "latest") else {
        throw .unavailable("--block must be 'latest' or a block number")
      }
      let node = try RPCState(
        endpoint: url, block: selector, timeout: timeout, verifyState: verifyState)
      return Opened(state: node, block: node.block, saveTo: saveURL)
    case (nil, nil):
      throw .unavailable("no state: give --state FILE or --rpc URL")
    case (_?, _?):
      throw .unavailable("give either --state or --rpc, not both")
    }
  }
}
