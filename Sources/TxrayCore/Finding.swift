/// How much a finding should worry the signer, in increasing order.
public enum Severity: String, Sendable, CaseIterable, Comparable {
  case info, warning, high, critical

  public static func < (lhs: Severity, rhs: Severity) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}

/// One risk a rule found in a transaction: computed by code from decoded and simulated facts,
/// never by a model.
public struct Finding: Sendable, Equatable {
  /// A stable identifier of the rule, e.g. "evm.unlimited-allowance".
  public var rule: String
  public var severity: Severity
  /// One plain sentence with the evidence.
  public var message: String
  /// The facts the rule fired on, labelled ("spender" → "0x…", "amount" → "unlimited").
  public var evidence: [Evidence]

  public struct Evidence: Sendable, Equatable {
    public var label: String
    public var value: String
    public init(_ label: String, _ value: String) {
      self.label = label
      self.value = value
    }
  }

  public init(rule: String, severity: Severity, message: String, evidence: [Evidence] = []) {
    self.rule = rule
    self.severity = severity
    self.message = message
    self.evidence = evidence
  }
}
