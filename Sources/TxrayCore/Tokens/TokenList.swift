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
    // Read as UTF-8 bytes, a network at a time: the generated tables hold each network's lines
    // together, so its name is made once and its dictionary sized once. Splitting the EVM table
    // into Characters, a line at a time, took most of a `txray` run's CPU time, and every run
    // (the review screen's first frame included) pays for it.
    table.withUTF8 { bytes in
      let lines = Self.lineRanges(bytes)
      var byNetwork: [Network: [String: Entry]] = [:]
      var first = 0
      while first < lines.count {
        let column = Self.firstColumn(bytes, lines[first])
        var last = first + 1
        while last < lines.count && Self.firstColumn(bytes, lines[last]).elementsEqual(column) {
          last += 1
        }
        defer { first = last }
        let name = String(decoding: column, as: UTF8.self)
        guard let network = name == "near" ? Self.near : UInt64(name).map(Self.evm) else {
          continue
        }
        var tokens = byNetwork[network] ?? [String: Entry](minimumCapacity: last - first)
        for line in lines[first..<last] {
          if let (contract, entry) = Self.tableLine(
            UnsafeBufferPointer(rebasing: bytes[line]), labels: labels)
          {
            tokens[contract] = entry
          }
        }
        byNetwork[network] = tokens
      }
      entries = byNetwork
    }
  }

  /// The byte ranges of the non-empty lines of `bytes`.
  private static func lineRanges(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
    var lines: [Range<Int>] = []
    var start = 0
    for index in 0...bytes.count where index == bytes.count || bytes[index] == UInt8(ascii: "\n") {
      if index > start { lines.append(start..<index) }
      start = index + 1
    }
    return lines
  }

  private static func firstColumn(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>)
    -> UnsafeBufferPointer<UInt8>
  {
    let end = bytes[line].firstIndex(of: UInt8(ascii: "\t")) ?? line.upperBound
    return UnsafeBufferPointer(rebasing: bytes[line.lowerBound..<end])
  }

  /// The contract and entry of one line of a bundled table, or nil when it does not parse.
  private static func tableLine(_ line: UnsafeBufferPointer<UInt8>, labels: [String]) -> (
    String, Entry
  )? {
    var columns: (Range<Int>, Range<Int>, Range<Int>, Range<Int>, Range<Int>) = (
      0..<0, 0..<0, 0..<0, 0..<0, 0..<0
    )
    var count = 0
    var start = 0
    for index in 0...line.count where index == line.count || line[index] == UInt8(ascii: "\t") {
      switch count {
      case 0: columns.0 = start..<index
      case 1: columns.1 = start..<index
      case 2: columns.2 = start..<index
      case 3: columns.3 = start..<index
      case 4: columns.4 = start..<index
      default: return nil
      }
      count += 1
      start = index + 1
    }
    func number(_ range: Range<Int>) -> Int? {
      guard !range.isEmpty, range.count <= 18 else { return nil }
      var value = 0
      for byte in line[range] {
        guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
        value = value * 10 + Int(byte - UInt8(ascii: "0"))
      }
      return value
    }
    guard count == 5, let decimals = number(columns.2), let source = number(columns.4),
      labels.indices.contains(source)
    else { return nil }
    let contract = UnsafeBufferPointer(rebasing: line[columns.1])
    // The generator writes contracts as the list keys them; others are normalised here.
    let isKey =
      !contract.starts(with: "0x".utf8)
      && !contract.contains { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) }
    let text = String(decoding: contract, as: UTF8.self)
    let entry = Entry(
      symbol: String(decoding: UnsafeBufferPointer(rebasing: line[columns.3]), as: UTF8.self),
      decimals: decimals, source: labels[source])
    return (isKey ? text : key(text), entry)
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
