import TxrayCore

/// An expectation as a front end receives it: the language, or its JSON form (an array of
/// clause objects, as `intentCheck.clauses` prints them, where a string item is a clause in the
/// language).
public enum ExpectationInput {
  public static func parse(_ text: String) throws(ExpectationError) -> Expectation {
    let trimmed = text.drop { $0.isWhitespace }
    guard trimmed.first == "[" else { return try ExpectationParser.parse(text) }
    let json: JSONValue
    do {
      json = try JSONValue(parsing: text, maxDepth: 4)
    } catch {
      throw ExpectationError("expectation JSON: \(error)")
    }
    return try parse(json)
  }

  /// The JSON form, already parsed (batch's `expect` member).
  public static func parse(_ json: JSONValue) throws(ExpectationError) -> Expectation {
    if let text = json.stringValue { return try ExpectationParser.parse(text) }
    guard let items = json.arrayItems else {
      throw ExpectationError(
        "expectation JSON must be a string or an array of clauses, not \(json.kindName)")
    }
    var clauses: [ExpectationClause] = []
    for (index, item) in items.enumerated() {
      if let text = item.stringValue {
        clauses += try ExpectationParser.parse(text).clauses
      } else {
        clauses.append(try clause(item, index: index))
      }
    }
    guard !clauses.isEmpty else { throw ExpectationError("expectation is empty") }
    return Expectation(clauses: clauses)
  }

  /// One clause object, read by writing it in the language and parsing that: the two forms
  /// cannot drift apart.
  private static func clause(_ item: JSONValue, index: Int) throws(ExpectationError)
    -> ExpectationClause
  {
    func member(_ key: String) throws(ExpectationError) -> String {
      guard let value = item[key]?.stringValue else {
        throw ExpectationError("expectation clause \(index + 1): \"\(key)\" must be a string")
      }
      return value
    }
    func optional(_ key: String, _ keyword: String) -> String {
      item[key]?.stringValue.map { " \(keyword) \($0)" } ?? ""
    }
    func amount() throws(ExpectationError) -> String {
      let bound = try member("bound")
      guard let parsed = ExpectedAmount.Bound(rawValue: bound) else {
        throw ExpectationError(
          "expectation clause \(index + 1): bound must be atMost, atLeast or exactly, not \"\(bound)\""
        )
      }
      return "\(parsed.symbol) \(try member("amount")) \(try member("asset"))"
    }
    let name = try member("clause")
    let text: String
    switch name {
    case "send": text = "send " + (try amount()) + optional("to", "to")
    case "receive": text = "receive " + (try amount()) + optional("from", "from")
    case "to": text = "to " + (try member("account"))
    case "approve":
      let unlimited = item["amount"]?.stringValue == "unlimited"
      let amount = unlimited ? "unlimited \(try member("asset"))" : try amount()
      text = "approve \(amount) to \(try member("spender"))"
    case "noApprovals": text = "no approvals"
    case "addKey": text = "add key for " + (try member("receiver"))
    case "noNewKeys": text = "no new keys"
    case "delegate": text = "delegate to " + (try member("to"))
    case "fee": text = "fee " + (try amount())
    case "via": text = "via " + (try member("contract"))
    case "network":
      let chain = try member("chainId")
      text = chain == "near" ? "on near" : "on chain \(chain)"
    case "nothingElse": text = "nothing else"
    default:
      throw ExpectationError("expectation clause \(index + 1): unknown clause \"\(name)\"")
    }
    let parsed = try ExpectationParser.parse(text).clauses
    guard parsed.count == 1, let only = parsed.first else {
      throw ExpectationError("expectation clause \(index + 1): not one clause")
    }
    return only
  }
}
