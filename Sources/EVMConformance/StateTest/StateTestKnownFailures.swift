import EVM

/// The committed list of state-test entries expected to fail, one `name fork index  # reason`
/// per line. Test names may contain spaces and `#`, but never two spaces in a row, so the
/// reason starts at the first "  #". A run is good when every failure is listed and every listed
/// entry that ran still fails, so the list cannot go stale in either direction.
///
/// A few names occur in two files (the same test filed under two directories); a listed key
/// then stands for all its entries and counts as fixed only when all of them pass.
public struct StateTestKnownFailures: Sendable {
  /// Reason by entry key (`name fork index`).
  public var reasons: [String: String]

  public init(text: String) {
    var reasons: [String: String] = [:]
    for line in text.split(separator: "\n") {
      guard !line.isEmpty, !line.hasPrefix("#") else { continue }
      if let separator = line.firstRange(of: "  #") {
        let reason = line[separator.upperBound...].drop { $0 == " " }
        reasons[String(line[..<separator.lowerBound])] = String(reason)
      } else {
        reasons[String(line.reversed().drop { $0 == " " }.reversed())] = ""
      }
    }
    self.reasons = reasons
  }

  /// The line that lists `outcome` with `reason`.
  public static func line(for outcome: StateTestOutcome, reason: String) -> String {
    "\(outcome.key)  # \(reason)"
  }

  /// Failures not on the list, and keys on the list whose entries all ran and passed.
  public func check(_ outcomes: [StateTestOutcome]) -> (
    unexpected: [StateTestOutcome], nowPassing: [String]
  ) {
    let unexpected = outcomes.filter { !$0.pass && reasons[$0.key] == nil }
    var listedPassing: [String: Bool] = [:]
    for outcome in outcomes where reasons[outcome.key] != nil {
      listedPassing[outcome.key] = (listedPassing[outcome.key] ?? true) && outcome.pass
    }
    return (unexpected, listedPassing.filter(\.value).keys.sorted())
  }
}
