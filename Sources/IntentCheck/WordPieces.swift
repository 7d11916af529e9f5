import EVM
import TxrayCore

/// What the grammar lets the model write for one request, read from the words by code: the
/// numbers with the bound and role their neighbours give them ("at most 2" can only be sent,
/// "at least 3000" only received, "fee under 0.01" only a fee), the accounts and tickers the
/// words name, and the clause kinds they cue. The model then decides what it is good at (which
/// amount goes with which asset, who is paid, which clauses) and cannot write what the words do
/// not support: no invented number, address or ticker, no fee limit where no fee is mentioned.
struct WordPieces {
  /// Amount phrases each clause kind may use ("<= 2", "= 1", ">= 3000").
  var sendAmounts: [String] = []
  var receiveAmounts: [String] = []
  var feeAmounts: [String] = []
  var approveAmounts: [String] = []
  /// Every account the words name (spenders, apps to log in to).
  var accounts: [String] = []
  /// The words as the model reads them: each account replaced by a short alias ("acct1"), so
  /// the model never copies 40 hex digits (slow, and a chance to garble one) and never reads
  /// an account's text at all; `restore` puts the accounts back in its answer.
  var aliasedText = ""
  /// Each account's text as typed, with its alias.
  private var typedAccounts: [(typed: String, alias: String)] = []
  /// Accounts named as a payee ("to", "into", "with", "pay", "give").
  var payees: [String] = []
  /// Accounts named as the contract used ("via", "through", "on", "using", "call").
  var contracts: [String] = []
  var tickers: [String] = []
  /// Network names the words use after "on" ("polygon", "base" …).
  var networks: [String] = []
  var cues: Set<Cue> = []

  enum Cue: Hashable {
    case send, receive, approve, noApprovals, addKey, noNewKeys, everythingElse, onlyRecipient
  }

  /// Verbs that move the signer's assets out, and words that say something comes back.
  private static let sendVerbs: Set<String> = [
    "send", "pay", "transfer", "give", "swap", "sell", "trade", "buy", "exchange", "convert",
    "deposit", "stake", "supply", "bridge", "move", "put", "lend", "wrap", "unwrap", "spend",
  ]
  private static let receiveWords: Set<String> = [
    "receive", "get", "for", "back", "out", "buy", "swap", "exchange", "convert", "trade",
    "sell", "unwrap", "wrap", "least", "min", "minimum", "into",
  ]

  /// Words after which an asset stands ("for USDC", "unlimited USDC"); never a ticker themselves,
  /// though token lists name tokens FOR, OF and IN.
  private static let assetIntroducers: Set<String> = [
    "for", "into", "to", "unlimited", "of", "in", "approval",
  ]

  /// Tickers on offer when the words name none: each chain's coin and the majors.
  static let majors = ["USDC", "USDT", "DAI", "WETH", "WBTC", "USDt", "wNEAR"]

  private static let atMostPhrases = [
    ["at", "most"], ["up", "to"], ["no", "more", "than"], ["not", "more", "than"], ["max"],
    ["maximum"], ["under"], ["below"], ["less", "than"], ["within"],
  ]
  private static let atLeastPhrases = [
    ["at", "least"], ["no", "less", "than"], ["not", "less", "than"], ["min"], ["minimum"],
  ]
  private static let negations: Set<String> = [
    "not", "don't", "dont", "no", "without", "never", "nothing", "any",
  ]

  init(_ text: String, tokens: TokenList, chainId: UInt64?) {
    let raw = text.split(whereSeparator: { $0.isWhitespace || $0 == "," || $0 == ";" })
      .map { String($0).trimmingTrailingPunctuation }
    let words = raw.map { $0.lowercased() }
    let lists = [TokenList.evm(chainId ?? 1), TokenList.near]
    let natives = EVMChain.known.map(\.nativeSymbol) + ["NEAR"]
    var named: Set<String> = []
    var numbers: [(text: String, index: Int)] = []
    var lastNumber = -10
    var previousIsAccount = false
    for (index, word) in words.enumerated() {
      let previous = index > 0 ? words[index - 1] : ""
      let next = index + 1 < words.count ? words[index + 1] : ""
      // A ticker is read where an asset stands: just after an amount, or after "for",
      // "into", "to", "unlimited" … ("a function call key" names no token KEY).
      let assetPlace =
        (index - lastNumber <= 2 || Self.assetIntroducers.contains(previous))
        && !Self.assetIntroducers.contains(word)
      let account = ExpectationAccounts.account(raw[index])
      defer { previousIsAccount = account != nil }
      if let quantity = DecimalQuantity(word) {
        numbers.append((quantity.description, index))
        lastNumber = index
      } else if let account {
        if !accounts.contains(account) { accounts.append(account) }
        let alias = Self.alias(accounts.firstIndex(of: account) ?? 0)
        if !typedAccounts.contains(where: { $0.typed == raw[index] }) {
          typedAccounts.append((raw[index], alias))
        }
        if ["to", "into", "with", "pay", "give"].contains(previous), !payees.contains(account) {
          payees.append(account)
        }
        if ["via", "through", "on", "using", "call"].contains(previous),
          !contracts.contains(account)
        {
          contracts.append(account)
        }
        if previous == "let", ["spend", "use"].contains(next) { cues.insert(.approve) }
      } else if previous == "on", ExpectationAccounts.networks[word] != nil {
        if !networks.contains(word) { networks.append(word) }
      } else if let native = natives.first(where: { $0.lowercased() == word }), assetPlace {
        named.insert(native)
      } else if assetPlace, ExpectationAccounts.isTicker(raw[index]),
        let listed = lists.lazy.compactMap({ tokens.tokens(symbol: word, on: $0).first }).first,
        ExpectationAccounts.isTicker(listed.entry.symbol)
      {
        named.insert(listed.entry.symbol)
      }
      readCue(
        word, at: index, in: words,
        previousIsAccount: previousIsAccount)
    }
    for number in numbers { addAmount(number.text, at: number.index, in: words) }
    // Longest first: "bob.near" must not replace part of "alice.bob.near".
    aliasedText = typedAccounts.sorted { $0.typed.count > $1.typed.count }.reduce(text) {
      $0.replacingOccurrences(of: $1.typed, with: $1.alias)
    }
    tickers = (named.isEmpty ? Set(natives + Self.majors) : named).sorted()
  }

  private mutating func readCue(
    _ word: String, at index: Int, in words: [String], previousIsAccount: Bool
  ) {
    // "let 0x… spend" grants an allowance; it sends nothing.
    if Self.sendVerbs.contains(word), !(word == "spend" && previousIsAccount) {
      cues.insert(.send)
    }
    if Self.receiveWords.contains(word) { cues.insert(.receive) }
    let negated =
      (max(0, index - 5)..<index).contains { Self.negations.contains(words[$0]) }
      && !(max(0, index - 2)..<index).contains { words[$0] == "other" }
    if word.hasPrefix("approv") || word.hasPrefix("allow") || word == "permit" {
      cues.insert(negated ? .noApprovals : .approve)
    }
    if word == "key" || word == "keys" {
      cues.insert(negated ? .noNewKeys : .addKey)
    }
    let next = index + 1 < words.count ? words[index + 1] : ""
    if ["log", "sign"].contains(word) && next == "in" || ["login", "connect"].contains(word) {
      cues.insert(.addKey)
    }
    if ["else", "only"].contains(word) || word == "nothing" && next == "more"
      || word == "no" && next == "other"
    {
      cues.insert(.everythingElse)
    }
    if ["everything", "all"].contains(word) || word == "only" && next == "send" {
      cues.insert(.onlyRecipient)
    }
  }

  /// Files a number under the clauses its neighbours allow. An amount with no bound word goes
  /// to "receive" only when no amount says "at least", and to "send" only when none says "at
  /// most": then the bound words already tell which is which.
  private mutating func addAmount(_ number: String, at index: Int, in words: [String]) {
    func before(_ phrases: [[String]], at position: Int) -> Bool {
      phrases.contains { phrase in
        position >= phrase.count && Array(words[(position - phrase.count)..<position]) == phrase
      }
    }
    let nearby = words[max(0, index - 5)..<min(words.count, index + 4)]
    let isFee = nearby.contains { ["fee", "fees", "gas"].contains($0) }
    let atMost = before(Self.atMostPhrases, at: index)
    let atLeast = before(Self.atLeastPhrases, at: index)
    let anyAtLeast = words.indices.contains { before(Self.atLeastPhrases, at: $0) }
    func add(_ phrase: String, to list: inout [String]) {
      if !list.contains(phrase) { list.append(phrase) }
    }
    if isFee {
      add("<= " + number, to: &feeAmounts)
      return
    }
    if !atLeast { add((atMost ? "<= " : "= ") + number, to: &sendAmounts) }
    if atLeast || !atMost && !anyAtLeast { add(">= " + number, to: &receiveAmounts) }
    add("<= " + number, to: &approveAmounts)
  }

  static func alias(_ index: Int) -> String { "acct\(index + 1)" }

  private func aliasOf(_ account: String) -> String? {
    accounts.firstIndex(of: account).map(Self.alias)
  }

  /// The model's answer with each alias replaced by its account, longest alias first.
  func restore(_ answer: String) -> String {
    accounts.indices.reversed().reduce(answer) {
      $0.replacingOccurrences(of: Self.alias($1), with: accounts[$1])
    }
  }

  /// GBNF for the expectation language restricted to these pieces. `nothing else` ends the
  /// answer exactly when the words say so ("only", "nothing else", "nothing more").
  var grammar: String {
    var clauses: [String] = []
    var rules: [String] = []
    func offer(_ name: String, _ rule: String) {
      clauses.append(name)
      rules.append("\(name) ::= \(rule)")
    }
    func alternatives(_ items: [String]) -> String {
      "(" + items.map { "\"\($0)\"" }.joined(separator: " | ") + ")"
    }
    let toPart = payees.isEmpty ? "" : " (\" to \" payee)?"
    if !sendAmounts.isEmpty, cues.contains(.send) {
      offer("send", "\"send \" \(alternatives(sendAmounts)) \" \" asset\(toPart)")
    }
    if !receiveAmounts.isEmpty, cues.contains(.receive) {
      offer("receive", "\"receive \" \(alternatives(receiveAmounts)) \" \" asset")
    }
    if !feeAmounts.isEmpty { offer("fee", "\"fee \" \(alternatives(feeAmounts)) \" \" asset") }
    if !networks.isEmpty { offer("network", "\"on \" \(alternatives(networks))") }
    if !accounts.isEmpty {
      if cues.contains(.approve) {
        let amounts = alternatives(approveAmounts + ["unlimited"])
        offer("approve", "\"approve \" \(amounts) \" \" asset \" to \" account")
      }
      if cues.contains(.addKey) { offer("addkey", "\"add key for \" account") }
      rules.append("account ::= " + alternatives(accounts.indices.map(Self.alias)))
    }
    if !payees.isEmpty {
      if cues.contains(.onlyRecipient) { offer("to", "\"to \" payee") }
      rules.append("payee ::= " + alternatives(payees.compactMap(aliasOf)))
    }
    if !contracts.isEmpty {
      offer("via", "\"via \" " + alternatives(contracts.compactMap(aliasOf)))
    }
    rules.append("asset ::= " + alternatives(tickers))
    // What the words deny or limit as a whole is said in every reading, after the rest.
    var tail = ""
    if cues.contains(.noApprovals) { tail += ", no approvals" }
    if cues.contains(.noNewKeys) { tail += ", no new keys" }
    if cues.contains(.everythingElse) { tail += ", nothing else" }
    let root: String
    if clauses.isEmpty {
      root = "root ::= \"" + (tail.isEmpty ? "nothing else" : String(tail.dropFirst(2))) + "\""
    } else {
      // Four clauses at most besides the tail: a small model can otherwise repeat one until
      // its token budget runs out.
      root =
        "root ::= clause" + String(repeating: " (\", \" clause)?", count: 3)
        + (tail.isEmpty ? "" : " \"\(tail)\"")
    }
    let clauseRule = clauses.isEmpty ? [] : ["clause ::= " + clauses.joined(separator: " | ")]
    return ([root] + clauseRule + rules).joined(separator: "\n")
  }
}
