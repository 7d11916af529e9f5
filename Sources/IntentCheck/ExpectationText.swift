/// The canonical text of an expectation: what the confirmation step shows and what `--json`
/// reports as `intentCheck.expected`. Every bound is written out, so the signer sees exactly what
/// will be checked, and `ExpectationParser.parse` reads it back to the same expectation.
public enum ExpectationText {
  public static func render(_ expectation: Expectation) -> String {
    expectation.clauses.map(render).joined(separator: ", ")
  }

  public static func render(_ clause: ExpectationClause) -> String {
    switch clause {
    case .send(let amount, let to):
      return "send " + render(amount) + (to.map { " to " + $0 } ?? "")
    case .receive(let amount, let from):
      return "receive " + render(amount) + (from.map { " from " + $0 } ?? "")
    case .onlyTo(let account):
      return "to " + account
    case .approve(let amount, let spender):
      return "approve " + render(amount) + " to " + spender
    case .noApprovals:
      return "no approvals"
    case .addKey(let receiver):
      return "add key for " + receiver
    case .noNewKeys:
      return "no new keys"
    case .delegate(let delegate):
      return "delegate to " + delegate
    case .fee(let amount):
      return "fee " + render(amount)
    case .via(let contract):
      return "via " + contract
    case .network(let network):
      return "on " + network.description
    case .nothingElse:
      return "nothing else"
    }
  }

  /// "≤ 1 ETH", "≥ 3000 USDC", "unlimited USDC".
  public static func render(_ amount: ExpectedAmount) -> String {
    guard let quantity = amount.quantity else { return "unlimited \(amount.asset)" }
    return "\(amount.bound.symbol) \(quantity) \(amount.asset)"
  }
}
