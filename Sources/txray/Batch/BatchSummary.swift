import TxrayCore

/// Counts for the line printed on stderr when a batch ends.
struct BatchSummary {
  var records = 0
  var errors = 0
  /// Blank and comment lines: counted, no record.
  var skipped = 0
  var findings: [Severity: Int] = [:]
  /// Records whose transaction differs from its expectation.
  var mismatches = 0
  /// Records whose simulation, asked for, could not be carried out.
  var notSimulated = 0

  var worstSeverity: Severity? {
    Severity.allCases.last { (findings[$0] ?? 0) > 0 }
  }

  mutating func add(_ record: BatchRecord) {
    records += 1
    if record.isError { errors += 1 }
    if record.mismatched { mismatches += 1 }
    if record.notSimulated { notSimulated += 1 }
    for severity in record.severities { findings[severity, default: 0] += 1 }
  }

  func description(interrupted: Bool) -> String {
    let counts = Severity.allCases.reversed().map { "\(findings[$0] ?? 0) \($0.rawValue)" }
    return "txray batch: \(interrupted ? "interrupted after " : "")\(records) records, "
      + "\(errors) errors, \(skipped) blank or comment lines; findings: "
      + counts.joined(separator: ", ") + (mismatches > 0 ? "; \(mismatches) mismatches" : "")
      + (notSimulated > 0 ? "; \(notSimulated) not simulated" : "")
  }
}
