/// One function txray knows by heart: a human-readable declaration with parameter names, the
/// interface it belongs to, and a short label of what calling it does.
///
/// Entries hold declarations, never hex selectors: the selector is computed from the declaration
/// when the registry is built, so a typo cannot silently attach a name to the wrong selector (it
/// changes the selector instead, which the registry tests catch against independent values).
public struct RegistryEntry: Sendable, Hashable {
  /// E.g. `approve(address spender, uint256 amount)`.
  public var declaration: String
  /// E.g. `ERC-20`, `Uniswap V2 Router`.
  public var interface: String
  /// E.g. "Approve token spending"; nil when no short label would be honest.
  public var intent: String?

  public init(_ declaration: String, _ intent: String? = nil, interface: String) {
    self.declaration = declaration
    self.interface = interface
    self.intent = intent
  }
}

/// Builds a group of entries of one interface without repeating its name on every line.
func registryGroup(_ interface: String, _ entries: [(String, String?)]) -> [RegistryEntry] {
  entries.map { RegistryEntry($0.0, $0.1, interface: interface) }
}
