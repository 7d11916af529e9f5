import EVM
import TxrayCore
import TxrayRules

/// Reads what a signer means in plain words ("swap one eth for usdc, at least three thousand")
/// into the expectation language, with the local model under a grammar. The reading is only a
/// proposal: front ends show it back and check exactly what they show.
///
/// The model picks; it never makes up a value. The grammar lets it write only numbers that are
/// in the words (spelled numbers turned into digits first, by code), only addresses and accounts
/// that are in the words, character for character, and only tickers txray knows. The words
/// reach the model as the user turn, never as instructions, and a reading that does not parse
/// is refused.
public struct PlainWordsReader: Sendable {
  public let model: any LanguageModel
  /// How long reading may take, prompt processing included: the first reading on a machine
  /// processes the whole instructions (later ones reuse their cached state), on a busy machine
  /// with one thread.
  public var timeLimit: Duration
  /// Plain words longer than this are refused: an intent is a sentence.
  public static let maxLength = 400

  public init(model: any LanguageModel, timeLimit: Duration = .seconds(30)) {
    self.model = model
    self.timeLimit = timeLimit
  }

  /// `tokens` and `chainId` (nil: Ethereum mainnet) say which tickers exist; NEAR's are always
  /// allowed, since the words come before the transaction is read.
  public func read(_ words: String, tokens: TokenList, chainId: UInt64?) throws(ExpectationError)
    -> Expectation
  {
    let safe = TerminalSafeText.sanitize(words)
    guard safe.count <= Self.maxLength else {
      throw ExpectationError("plain words longer than \(Self.maxLength) characters")
    }
    let normalized = NumberWords.normalize(safe)
    let pieces = WordPieces(normalized, tokens: tokens, chainId: chainId)
    let request = GenerationRequest(
      system: Self.instructions, user: pieces.aliasedText, grammar: pieces.grammar,
      maxTokens: 96, timeLimit: timeLimit)
    let generation: Generation
    do {
      generation = try model.generate(request, onToken: nil)
    } catch {
      throw ExpectationError("the model could not read the words: \(error)")
    }
    guard generation.stop == .finished else {
      throw ExpectationError(
        "the model did not finish reading the words (\(generation.stop.rawValue)); write "
          + "them in the expectation language instead, e.g. \"send ≤ 1 ETH, receive ≥ 3000 USDC\"")
    }
    do {
      // A clause said twice ("no approvals, no approvals") is the same clause.
      var clauses: [ExpectationClause] = []
      for clause in try ExpectationParser.parse(pieces.restore(generation.text)).clauses
      where !clauses.contains(clause) {
        clauses.append(clause)
      }
      return Expectation(clauses: clauses)
    } catch {
      throw ExpectationError(
        "the model's reading \"\(generation.text)\" does not parse: "
          + error.message)
    }
  }

  /// Fixed, so that llama.cpp keeps its processed state between requests (the prompt cache).
  static let instructions = """
    You turn what a person says they want a blockchain transaction to do into a short \
    expectation, made of clauses joined by ", ":
    send AMOUNT ASSET, optionally followed by: to ACCOUNT (what leaves their account)
    receive AMOUNT ASSET (what comes back)
    approve AMOUNT ASSET to ACCOUNT (letting that account spend their tokens)
    fee AMOUNT ASSET
    to ACCOUNT (everything sent goes there)
    via ACCOUNT (the contract called)
    add key for ACCOUNT (logging in to an app)
    no approvals
    no new keys
    on NETWORK
    nothing else
    Use only the amounts, tickers and accounts of the words; accounts are written acct1, acct2.
    Examples:
    swap 2 eth for usdt, at least 5000 => send = 2 ETH, receive >= 5000 USDT
    trade up to 4 eth for no less than 9000 dai => send <= 4 ETH, receive >= 9000 DAI
    sell 700 usdc for eth, minimum 0.2 eth, nothing more => send = 700 USDC, receive >= 0.2 ETH, \
    nothing else
    pay acct1 4 near => send = 4 NEAR to acct1
    send 20 usdt to acct1 and nothing else => send = 20 USDT to acct1, nothing else
    let acct1 spend up to 500 usdc => approve <= 500 USDC to acct1
    allow acct1 to use 30 usdt => approve <= 30 USDT to acct1
    collect my rewards, don't approve anything => no approvals
    mint only, no approvals and no keys => no approvals, no new keys, nothing else
    log in to acct1 => add key for acct1
    send 2 near to acct1, fee below 0.02 near => send = 2 NEAR to acct1, fee <= 0.02 NEAR
    put 3 near into acct1 => send = 3 NEAR to acct1
    lend 50 dai through acct1 => send = 50 DAI, via acct1
    The person's words follow. Answer with the expectation only.
    """
}

extension String {
  var trimmingTrailingPunctuation: String {
    String(reversed().drop { ".!?:)(\"'".contains($0) }.reversed())
  }
}
