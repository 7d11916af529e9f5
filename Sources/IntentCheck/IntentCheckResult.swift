import TxrayCore

/// The answer to "does this transaction do what I said, and nothing else?".
public struct IntentCheckResult: Sendable, Equatable {
  public enum Verdict: String, Sendable, Equatable {
    case match, mismatch
  }

  /// What the check read the transaction from.
  public enum Basis: String, Sendable, Equatable {
    /// Effects of executing it against chain state.
    case simulation
    /// What the transaction states (its call's arguments, its actions, its swap's bounds): a
    /// weaker check, since a contract may do more than its call says.
    case declared
  }

  public var expectation: Expectation
  public var verdict: Verdict
  /// Each way the transaction differs from the expectation, as a sentence; empty on a match.
  public var differences: [String]
  public var basis: Basis
  /// What limits the check without being a difference (declared effects only, a ticker no list
  /// knows), one sentence each.
  public var notes: [String]
  /// The plain words the expectation was read from, when a model read them.
  public var words: String?

  public init(
    expectation: Expectation, differences: [String], basis: Basis, notes: [String] = [],
    words: String? = nil
  ) {
    self.expectation = expectation
    self.verdict = differences.isEmpty ? .match : .mismatch
    self.differences = differences
    self.basis = basis
    self.notes = notes
    self.words = words
  }

  /// The rule id of the finding a mismatch raises.
  public static let rule = "intent.mismatch"

  /// A high-severity finding when the transaction differs from what the signer said: it then
  /// stands with the rules' findings, in the verdict, the exit code and the narration.
  public var finding: Finding? {
    guard verdict == .mismatch else { return nil }
    let count = differences.count
    return Finding(
      rule: Self.rule, severity: .high,
      message: "It does not do what you said (\(count) difference\(count == 1 ? "" : "s")): "
        + differences.map(Self.clause).joined(separator: "; ") + ".",
      evidence: [Finding.Evidence("expected", ExpectationText.render(expectation))]
        + differences.map { Finding.Evidence("difference", $0) })
  }

  /// The lines text output prints under "Intent check".
  public var textLines: [String] {
    var lines = [
      "Expected: " + TerminalSafeText.sanitize(ExpectationText.render(expectation)),
      "Verdict: \(verdict == .match ? "MATCH" : "MISMATCH") (checked against the "
        + (basis == .simulation ? "simulated effects" : "declared effects only") + ")",
    ]
    lines += differences.map { "  - " + TerminalSafeText.sanitize($0) }
    lines += notes.map { "  Note: " + TerminalSafeText.sanitize($0) }
    return lines
  }

  /// The `intentCheck` member of `--json` output.
  public var json: JSONValue {
    .object([
      ("expected", .string(TerminalSafeText.sanitize(ExpectationText.render(expectation)))),
      ("clauses", ExpectationJSON.clauses(expectation)),
      ("words", .optional(words.map(TerminalSafeText.sanitize))),
      ("verdict", .string(verdict.rawValue)),
      ("differences", .array(differences.map { .string(TerminalSafeText.sanitize($0)) })),
      ("basis", .string(basis.rawValue)),
      ("notes", .array(notes.map { .string(TerminalSafeText.sanitize($0)) })),
    ])
  }
}

extension IntentCheckResult {
  /// A difference as a clause of the finding's one sentence: "It sends …." → "it sends …".
  fileprivate static func clause(_ sentence: String) -> String {
    var text = sentence.hasSuffix(".") ? String(sentence.dropLast()) : sentence
    if let first = text.first, first.isUppercase, text.dropFirst().first?.isLowercase == true {
      text = first.lowercased() + text.dropFirst()
    }
    return text
  }
}
