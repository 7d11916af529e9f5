import TxrayCore

/// What the review screen's intent field (`i`) does with the signer's words; the review command
/// supplies both steps, so this module needs neither the model nor the checker.
public struct IntentEntry: Sendable {
  /// Reads typed text (the expectation language, or plain words the model reads) into the
  /// expectation to show back, or says why it cannot.
  public var propose: @Sendable (String) -> Result<String, PasteRejection>
  /// Checks the confirmed expectation: the report judged again with it, the intent check's
  /// finding among the findings when the transaction differs.
  public var check: @Sendable (String) -> Result<Report, PasteRejection>

  public init(
    propose: @escaping @Sendable (String) -> Result<String, PasteRejection>,
    check: @escaping @Sendable (String) -> Result<Report, PasteRejection>
  ) {
    self.propose = propose
    self.check = check
  }

  /// The rule of the finding a mismatch raises (IntentCheck's `IntentCheckResult.rule`).
  public static let mismatchRule = "intent.mismatch"
  /// What the field takes: an intent is a sentence.
  static let maximumCharacters = 400
}
