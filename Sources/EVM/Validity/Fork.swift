/// Ethereum mainnet protocol upgrades that change which transactions are valid, in order.
public enum Fork: String, CaseIterable, Sendable, Comparable {
  case frontier, homestead, tangerineWhistle, spuriousDragon, byzantium, constantinople,
    petersburg, istanbul, berlin, london, paris, shanghai, cancun, prague, osaka

  /// The fork mainnet runs now.
  public static let current: Fork = .osaka

  /// Case-insensitive; spaces, dashes and underscores are ignored, and the names used by the
  /// Ethereum test suites are accepted too ("EIP150", "EIP158", "ConstantinopleFix", "Merge").
  public init?(name: String) {
    let key = Self.normalized(name)
    let aliases: [String: Fork] = [
      "eip150": .tangerineWhistle, "eip158": .spuriousDragon,
      "constantinoplefix": .petersburg, "merge": .paris,
    ]
    if let fork = aliases[key]
      ?? Self.allCases.first(where: { Self.normalized($0.rawValue) == key })
    {
      self = fork
    } else {
      return nil
    }
  }

  /// The fork's name as people write it: "Spurious Dragon", "Osaka".
  public var displayName: String {
    switch self {
    case .frontier: "Frontier"
    case .homestead: "Homestead"
    case .tangerineWhistle: "Tangerine Whistle"
    case .spuriousDragon: "Spurious Dragon"
    case .byzantium: "Byzantium"
    case .constantinople: "Constantinople"
    case .petersburg: "Petersburg"
    case .istanbul: "Istanbul"
    case .berlin: "Berlin"
    case .london: "London"
    case .paris: "Paris"
    case .shanghai: "Shanghai"
    case .cancun: "Cancun"
    case .prague: "Prague"
    case .osaka: "Osaka"
    }
  }

  public static func < (lhs: Fork, rhs: Fork) -> Bool {
    lhs.ordinal < rhs.ordinal
  }

  /// Declaration order. A switch, not `allCases.firstIndex`: comparisons run several times per
  /// simulated transaction, and `allCases` builds an array on every read.
  private var ordinal: Int {
    switch self {
    case .frontier: 0
    case .homestead: 1
    case .tangerineWhistle: 2
    case .spuriousDragon: 3
    case .byzantium: 4
    case .constantinople: 5
    case .petersburg: 6
    case .istanbul: 7
    case .berlin: 8
    case .london: 9
    case .paris: 10
    case .shanghai: 11
    case .cancun: 12
    case .prague: 13
    case .osaka: 14
    }
  }

  private static func normalized(_ name: String) -> String {
    String(name.lowercased().filter { $0 != " " && $0 != "-" && $0 != "_" })
  }
}
