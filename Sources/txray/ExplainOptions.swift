import ArgumentParser
import EVM

/// The options every explaining command shares: what decides how an input is read and judged.
struct ExplainOptions: ParsableArguments {
  @Option(name: .long, help: "Judge validity under this fork's rules (default: Osaka).")
  var fork: String?

  @Option(
    name: .long, help: "Read input as this chain's (evm or near) instead of detecting it.")
  var chain: ChainChoice?

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

  func context() throws(Failure) -> ExplainContext {
    try ExplainContext.load(fork: fork, chain: chain, abiFiles: abiFiles, descriptors: descriptors)
  }
}

enum ForkOption {
  static func parse(_ name: String?) throws(Failure) -> Fork {
    guard let name else { return .current }
    guard let fork = Fork(name: name) else {
      let known = Fork.allCases.map(\.rawValue).joined(separator: ", ")
      throw .badInput("unknown fork '\(name)'; known forks: \(known)")
    }
    return fork
  }
}
