import EVM

/// Reads a fork name as `--fork` gives it; nil is the current mainnet fork.
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
