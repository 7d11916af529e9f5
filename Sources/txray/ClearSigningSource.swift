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

  /// The call with the intent of the descriptor that covers it, when one does.
  static func annotate(
    _ call: DecodedCall?, of tx: Transaction, descriptors: String?
  ) throws(Failure) -> DecodedCall? {
    guard var call, let to = tx.to, let chainId = tx.chainId else { return call }
    let clearSigning = try load(directory: descriptors)
    guard let described = clearSigning.describe(call: call, chainId: chainId, to: to) else {
      return call
    }
    call.intent = described.intent ?? call.intent
    call.source = .descriptor
    return call
  }
}
