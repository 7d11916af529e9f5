import TxrayCore

/// The JSON form of an expectation: an array of clause objects, each with a `clause` name and
/// its parts. `--json` reports it as `intentCheck.clauses`; `--expect` and batch's `expect` member
/// accept it back (`ExpectationJSONReader`).
///
///     [{"clause":"send","bound":"atMost","amount":"1","asset":"ETH"},
///      {"clause":"receive","bound":"atLeast","amount":"3000","asset":"USDC"},
///      {"clause":"nothingElse"}]
public enum ExpectationJSON {
  public static func clauses(_ expectation: Expectation) -> JSONValue {
    .array(expectation.clauses.map(clause))
  }

  static func clause(_ clause: ExpectationClause) -> JSONValue {
    switch clause {
    case .send(let amount, let to):
      return .object([("clause", .string("send"))] + members(amount) + [("to", .optional(to))])
    case .receive(let amount, let from):
      return .object(
        [("clause", .string("receive"))] + members(amount) + [("from", .optional(from))])
    case .onlyTo(let account):
      return .object([("clause", .string("to")), ("account", .string(account))])
    case .approve(let amount, let spender):
      return .object(
        [("clause", .string("approve"))] + members(amount) + [("spender", .string(spender))])
    case .noApprovals:
      return .object([("clause", .string("noApprovals"))])
    case .addKey(let receiver):
      return .object([("clause", .string("addKey")), ("receiver", .string(receiver))])
    case .noNewKeys:
      return .object([("clause", .string("noNewKeys"))])
    case .delegate(let delegate):
      return .object([("clause", .string("delegate")), ("to", .string(delegate))])
    case .fee(let amount):
      return .object([("clause", .string("fee"))] + members(amount))
    case .via(let contract):
      return .object([("clause", .string("via")), ("contract", .string(contract))])
    case .network(.evm(let chainId)):
      return .object([("clause", .string("network")), ("chainId", .string(String(chainId)))])
    case .network(.near):
      return .object([("clause", .string("network")), ("chainId", .string("near"))])
    case .nothingElse:
      return .object([("clause", .string("nothingElse"))])
    }
  }

  private static func members(_ amount: ExpectedAmount) -> [(key: String, value: JSONValue)] {
    [
      ("bound", .string(amount.bound.rawValue)),
      ("amount", amount.quantity.map { .string($0.description) } ?? .string("unlimited")),
      ("asset", .string(TerminalSafeText.sanitize(amount.asset.description))),
    ]
  }
}
