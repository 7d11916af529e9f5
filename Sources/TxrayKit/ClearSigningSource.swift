import EVM
import Foundation

/// The ERC-7730 descriptors txray applies: those in `--descriptors DIR`, or else those in the
/// config directory (`$XDG_CONFIG_HOME/txray/descriptors`, by default
/// `~/.config/txray/descriptors`), which may be absent.
enum ClearSigningSource {
  static func load(directory: String?) throws(Failure) -> ClearSigning {
    var registry = ClearSigningRegistry()
    let path =
      directory
      ?? ClearSigningRegistry.defaultDirectory(environment: ProcessInfo.processInfo.environment)
    if directory == nil, !FileManager.default.fileExists(atPath: path) {
      return ClearSigning(registry: registry)
    }
    do {
      try registry.loadDirectory(path)
    } catch {
      throw .badInput("descriptors directory '\(path)': \(error.message)")
    }
    // A broken descriptor is reported rather than skipped: the user installed it to be used.
    // Partial files meant for `includes` are not errors.
    if let broken = registry.rejections.first(where: { $0.kind == .malformed }) {
      throw .badInput(broken.description)
    }
    return ClearSigning(registry: registry)
  }

  /// The call with the intent of the descriptor that covers it, and that descriptor's
  /// rendering, when one does. When the decoder could only guess (or not decode at all) and a
  /// descriptor for this very contract declares the function, the call is decoded with that
  /// declaration instead.
  static func annotate(
    _ call: DecodedCall?, of tx: Transaction, clearSigning: ClearSigning
  ) -> (call: DecodedCall?, described: ClearSignedCall?) {
    guard var call, let to = tx.to, let chainId = tx.chainId else { return (call, nil) }
    let container = ClearSigning.Container(chainId: chainId, to: to, from: tx.from, value: tx.value)
    if let described = clearSigning.describe(call: call, in: container) {
      call.intent = described.intent ?? call.intent
      call.source = .descriptor
      return (call, described)
    }
    guard call.source == .guess || call.source == .unknown,
      let described = clearSigning.describe(calldata: tx.data, in: container),
      let function = described.function
    else { return (call, nil) }
    let redecoded = DecodedCall(
      selector: call.selector, signature: function.signature, functionName: function.name,
      arguments: zip(function.inputs, described.arguments).map {
        DecodedCall.Argument(name: $0.name, type: $0.type, value: $1)
      },
      intent: described.intent, source: .descriptor)
    return (redecoded, described)
  }
}
