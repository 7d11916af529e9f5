import TxrayCore

/// Reads the expectation language: clauses separated by commas, semicolons, new lines, "and" or
/// "then". Keywords are case-insensitive; tickers keep their case. The man page's EXPECTATIONS
/// section is the reference; every clause reads back from `ExpectationText.render`.
///
///     send ≤ 1 ETH, receive ≥ 3000 USDC, nothing else
///     send 5 NEAR to bob.near; no new keys
///     approve ≤ 500 USDC to 0x…(40 hex digits); fee ≤ 0.01 ETH
public enum ExpectationParser {
  /// Clauses and the words of one clause are bounded: an expectation is a sentence, not a file.
  public static let maxLength = 2_000

  public static func parse(_ text: String) throws(ExpectationError) -> Expectation {
    guard text.count <= maxLength else {
      throw ExpectationError("expectation longer than \(maxLength) characters")
    }
    var clauses: [ExpectationClause] = []
    for clauseText in ExpectationTokens.clauses(of: text) {
      var reader = ClauseReader(text: clauseText, words: ExpectationTokens.words(of: clauseText))
      clauses.append(try reader.clause())
    }
    guard !clauses.isEmpty else { throw ExpectationError("expectation is empty") }
    return Expectation(clauses: clauses)
  }
}

/// The words of one clause, read left to right.
private struct ClauseReader {
  let text: String
  let words: [String]
  var position = 0

  init(text: String, words: [String]) {
    self.text = text
    self.words = words
  }

  mutating func clause() throws(ExpectationError) -> ExpectationClause {
    let verb = try next("a clause")
    let result: ExpectationClause
    switch verb.lowercased() {
    case "send", "pay", "spend":
      let amount = try amount(defaultBound: .exactly)
      result = .send(amount, to: try optionalAccount(after: "to"))
    case "receive", "get":
      let amount = try amount(defaultBound: .atLeast)
      result = .receive(amount, from: try optionalAccount(after: "from"))
    case "to":
      result = .onlyTo(try account())
    case "approve", "allow":
      let amount = try amount(defaultBound: .atMost, allowsUnlimited: true)
      try expect("to")
      result = .approve(amount, spender: try account())
    case "no":
      result = try negation()
    case "add":
      try expect("key")
      try expect("for")
      result = .addKey(receiver: try account())
    case "delegate":
      try expect("to")
      result = .delegate(to: try account())
    case "fee", "fees":
      result = .fee(try amount(defaultBound: .atMost))
    case "via", "through", "call", "calls":
      result = .via(try account())
    case "on":
      result = .network(try network())
    case "nothing":
      let word = try next("\"else\"").lowercased()
      guard word == "else" || word == "more" else { throw unexpected(word, wanted: "\"else\"") }
      result = .nothingElse
    default:
      throw ExpectationError(
        "expectation \"\(shown)\": unknown clause \"\(verb)\" (clauses start with send, receive, "
          + "to, approve, no, add key, delegate, fee, via, on or nothing else)")
    }
    if position < words.count {
      throw ExpectationError(
        "expectation \"\(shown)\": unexpected \"\(words[position])\" after the clause")
    }
    return result
  }

  private mutating func negation() throws(ExpectationError) -> ExpectationClause {
    var word = try next("\"approvals\" or \"new keys\"").lowercased()
    if word == "new" { word = try next("\"keys\"").lowercased() }
    switch word {
    case "approvals", "approval", "allowances", "allowance": return .noApprovals
    case "keys", "key": return .noNewKeys
    default: throw unexpected(word, wanted: "\"approvals\" or \"new keys\"")
    }
  }

  private mutating func amount(defaultBound: ExpectedAmount.Bound, allowsUnlimited: Bool = false)
    throws(ExpectationError) -> ExpectedAmount
  {
    let bound = try readBound() ?? defaultBound
    let word = try next("an amount")
    if allowsUnlimited, ["unlimited", "any", "all"].contains(word.lowercased()) {
      return ExpectedAmount(bound: .atMost, quantity: nil, asset: try asset())
    }
    guard let quantity = DecimalQuantity(word) else {
      throw unexpected(word, wanted: "an amount (digits, like 1.5 or 3000)")
    }
    return ExpectedAmount(bound: bound, quantity: quantity, asset: try asset())
  }

  /// "≤", "<=", "at most", "max", "up to", "no more than"; "≥", ">=", "at least", "min",
  /// "no less than"; "=", "exactly".
  private mutating func readBound() throws(ExpectationError) -> ExpectedAmount.Bound? {
    let phrases: [([String], ExpectedAmount.Bound)] = [
      (["≤"], .atMost), (["<="], .atMost), (["at", "most"], .atMost), (["max"], .atMost),
      (["up", "to"], .atMost), (["no", "more", "than"], .atMost), (["≥"], .atLeast),
      ([">="], .atLeast), (["at", "least"], .atLeast), (["min"], .atLeast),
      (["no", "less", "than"], .atLeast), (["="], .exactly), (["exactly"], .exactly),
    ]
    for (phrase, bound) in phrases {
      let upcoming = words.dropFirst(position).prefix(phrase.count).map { $0.lowercased() }
      if upcoming == phrase {
        position += phrase.count
        return bound
      }
    }
    return nil
  }

  private mutating func asset() throws(ExpectationError) -> AssetReference {
    let word = try next("an asset (a ticker like ETH or USDC, or the token's address)")
    if let account = ExpectationAccounts.account(word) {
      return .contract(account)
    }
    guard ExpectationAccounts.isTicker(word) else {
      throw unexpected(word, wanted: "an asset (a ticker like ETH or USDC, or the token's address)")
    }
    return .symbol(word)
  }

  private mutating func optionalAccount(after keyword: String) throws(ExpectationError) -> String? {
    guard position < words.count, words[position].lowercased() == keyword else { return nil }
    position += 1
    return try account()
  }

  private mutating func account() throws(ExpectationError) -> String {
    let word = try next("an address or account")
    if let account = ExpectationAccounts.account(word) { return account }
    if word.contains("…") || word.contains("...") {
      throw ExpectationError(
        "expectation \"\(shown)\": \"\(word)\" is shortened; give the whole address, since a "
          + "look-alike shares its first and last digits")
    }
    throw unexpected(word, wanted: "a whole EVM address (0x and 40 hex digits) or a NEAR account")
  }

  private mutating func network() throws(ExpectationError) -> ExpectedNetwork {
    let word = try next("a network").lowercased()
    if word == "chain" {
      let idText = try next("a chain id")
      guard let id = UInt64(idText) else { throw unexpected(idText, wanted: "a chain id") }
      return .evm(chainId: id)
    }
    guard let network = ExpectationAccounts.networks[word] else {
      throw unexpected(word, wanted: "\"chain N\" or a network name (ethereum, polygon, near …)")
    }
    return network
  }

  private mutating func expect(_ keyword: String) throws(ExpectationError) {
    let word = try next("\"\(keyword)\"")
    guard word.lowercased() == keyword else { throw unexpected(word, wanted: "\"\(keyword)\"") }
  }

  private mutating func next(_ wanted: String) throws(ExpectationError) -> String {
    guard position < words.count else {
      throw ExpectationError("expectation \"\(shown)\": expected \(wanted) at the end")
    }
    defer { position += 1 }
    return words[position]
  }

  private func unexpected(_ word: String, wanted: String) -> ExpectationError {
    ExpectationError("expectation \"\(shown)\": expected \(wanted), found \"\(word)\"")
  }

  /// The clause as typed (`ExpectationError` makes it safe to print).
  private var shown: String { text }
}
