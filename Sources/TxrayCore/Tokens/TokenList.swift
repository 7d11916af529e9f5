/// Tokens txray can name offline: symbol and decimals by network and contract, each with the
/// list it came from. Symbols come from public lists and the user's files: outside text, shown
/// only through the same sanitising as on-chain symbols.
public struct TokenList: Sendable {
  /// One listed token.
  public struct Entry: Sendable, Equatable {
    public var symbol: String
    public var decimals: Int
    /// Where the entry came from, e.g. "cowprotocol/token-lists@4a002ef3 … CoinGecko.1.json".
    public var source: String

    public init(symbol: String, decimals: Int, source: String) {
      self.symbol = symbol
      self.decimals = decimals
      self.source = source
    }
  }

  /// A network: "evm:1", "evm:137", "near".
  public typealias Network = String

  private var entries: [Network: [String: Entry]] = [:]

  public init() {}

  /// A bundled table: one token a line, `network, contract, decimals, symbol, source number`,
  /// tab-separated, where the network is an EVM chain id or `near` (scripts/gen-token-lists.py
  /// writes them). Lines that do not parse are left out.
  public init(table: String, sources: [String]) {
    var table = table
    // One label per source, shared by its entries rather than built for each.
    let labels = sources.map { "token list: " + $0 }
    // Read as UTF-8 bytes: splitting the ~6,000-line EVM table into Characters took about 40% of
    // a `txray` run's CPU time, and every run (the review screen's first frame included) pays it.
    table.withUTF8 { bytes in
      var byNetwork: [Network: [String: Entry]] = [:]
      var lineStart = 0
      while lineStart < bytes.count {
        var lineEnd = lineStart
        while lineEnd < bytes.count && bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
        if let (network, contract, entry) = Self.tableLine(
          UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd]), labels: labels)
        {
          byNetwork[network, default: [:]][contract] = entry
        }
        lineStart = lineEnd + 1
      }
      entries = byNetwork
    }
  }

  /// One line of a bundled table, or nil when it does not parse.
  private static func tableLine(_ line: UnsafeBufferPointer<UInt8>, labels: [String]) -> (
    Network, String, Entry
  )? {
    var columns: [UnsafeBufferPointer<UInt8>] = []
    var start = 0
    for index in 0...line.count where index == line.count || line[index] == UInt8(ascii: "\t") {
      columns.append(UnsafeBufferPointer(rebasing: line[start..<index]))
      start = index + 1
    }
    func number(_ column: UnsafeBufferPointer<UInt8>) -> Int? {
      guard !column.isEmpty, column.count <= 18 else { return nil }
      var value = 0
      for byte in column {
        guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
        value = value * 10 + Int(byte - UInt8(ascii: "0"))
      }
      return value
    }
    guard columns.count == 5, let decimals = number(columns[2]), let source = number(columns[4]),
      labels.indices.contains(source)
    else { return nil }
    let name = String(decoding: columns[0], as: UTF8.self)
    let network = name == "near" ? Self.near : number(columns[0]).map { Self.evm(UInt64($0)) }
    guard let network else { return nil }
    let entry = Entry(
      symbol: String(decoding: columns[3], as: UTF8.self), decimals: decimals,
      source: labels[source])
    return (network, key(String(decoding: columns[1], as: UTF8.self)), entry)
  }

  public static func evm(_ chainId: UInt64) -> Network { "evm:\(chainId)" }
  public static let near: Network = "near"

  public var isEmpty: Bool { entries.isEmpty }
  public var count: Int { entries.values.reduce(0) { $0 + $1.count } }

  /// The entry for `contract` (an EVM address in any case, or a NEAR account id) on `network`.
  public func lookup(_ network: Network, _ contract: String) -> Entry? {
    entries[network]?[Self.key(contract)]
  }

  /// Every token listed on `network` under `symbol` (compared without case), with its contract
  /// as the list keys it (EVM addresses lower case without `0x`): a ticker can name several.
  public func tokens(symbol: String, on network: Network) -> [(contract: String, entry: Entry)] {
    let wanted = symbol.lowercased()
    return (entries[network] ?? [:]).filter { $0.value.symbol.lowercased() == wanted }
      .map { (contract: $0.key, entry: $0.value) }.sorted { $0.contract < $1.contract }
  }

  /// Every listed contract of `network` with its entry (keyed as `tokens(symbol:on:)` keys them).
  public func contracts(on network: Network) -> [String: Entry] { entries[network] ?? [:] }

  /// The form `contract` takes as a key of the list, for comparing contracts.
  public static func normalized(_ contract: String) -> String { key(contract) }

  /// Adds or replaces an entry: a later list (the user's) overrides an earlier one (bundled).
  public mutating func add(_ network: Network, _ contract: String, _ entry: Entry) {
    entries[network, default: [:]][Self.key(contract)] = entry
  }

  /// Everything in `other` on top of this list.
  public mutating func merge(_ other: TokenList) {
    for (network, tokens) in other.entries {
      entries[network, default: [:]].merge(tokens) { _, new in new }
    }
  }

  /// EVM addresses without `0x` and in lower case; NEAR ids are lower case by rule.
  static func key(_ contract: String) -> String {
    let lower = contract.lowercased()
    return lower.hasPrefix("0x") ? String(lower.dropFirst(2)) : lower
  }

  /// Symbols longer than this, or holding control characters, are not listed.
  public static let maxSymbolLength = 32

  /// Whether a symbol can stand in a list: short, one line, no control characters.
  public static func isUsableSymbol(_ symbol: String) -> Bool {
    !symbol.isEmpty && symbol.count <= maxSymbolLength
      && symbol.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value != 0x7f }
      && symbol == TerminalSafeText.sanitize(symbol)
  }
}

extension TokenList {
  /// `asset` with symbol, decimals and their source filled from the list when it is a fungible
  /// token that has none yet (what a chain's own metadata said is never replaced).
  public func naming(_ asset: Asset, on network: Network) -> Asset {
    guard asset.kind == .fungible, asset.symbol == nil || asset.decimals == nil,
      let contract = asset.contract, let entry = lookup(network, contract)
    else { return asset }
    var named = asset
    named.symbol = entry.symbol
    named.decimals = entry.decimals
    named.source = entry.source
    return named
  }
}
