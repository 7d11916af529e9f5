/// txray's bundled, offline table of well-known functions, looked up by selector.
///
/// Built once, on first use, from the declarations in the `*Entries.swift` files: each is parsed
/// and its selector computed with keccak, so no hex selector is ever typed by hand. Several
/// functions can share a selector (a 4-byte hash collides easily); the lookup returns all of
/// them, in table order, and the call decoder keeps those whose arguments decode.
public struct SelectorRegistry: Sendable {
  /// One registry function, ready to decode with.
  public struct Function: Sendable, Hashable {
    public var function: ABIFunction
    public var interface: String
    public var intent: String?
  }

  /// Every function, in table order.
  public let functions: [Function]
  /// Declarations that did not parse; empty in a correct build (a test checks).
  public let malformed: [(declaration: String, error: ABIError)]
  private let bySelector: [[UInt8]: [Function]]

  /// The bundled table.
  public static let bundled = SelectorRegistry(
    entries: tokenEntries + swapEntries + batchEntries + marketplaceEntries
      + stakingLendingEntries + namingBridgeEntries)

  /// A registry of `entries`; a declaration that does not parse is kept aside in `malformed`
  /// instead of trapping, so a mistake in the table costs one entry, not the program.
  public init(entries: [RegistryEntry]) {
    var functions: [Function] = []
    var malformed: [(String, ABIError)] = []
    var bySelector: [[UInt8]: [Function]] = [:]
    for entry in entries {
      do {
        let function = try ABIFunction(parsing: entry.declaration)
        let known = Function(function: function, interface: entry.interface, intent: entry.intent)
        functions.append(known)
        bySelector[function.selector, default: []].append(known)
      } catch {
        malformed.append((entry.declaration, error))
      }
    }
    self.functions = functions
    self.malformed = malformed
    self.bySelector = bySelector
  }

  /// Functions whose selector is `selector`, in table order; empty when unknown.
  public func functions(selector: some Collection<UInt8>) -> [Function] {
    bySelector[Array(selector)] ?? []
  }

  /// Selectors shared by more than one distinct signature, for the collision report.
  public var collisions: [[UInt8]: [String]] {
    bySelector.compactMapValues { matches in
      let signatures = Set(matches.map(\.function.signature))
      return signatures.count > 1 ? matches.map(\.function.signature) : nil
    }
  }
}
