import IntentCheck
import TxrayCore
import TxrayKit

/// One batch input line: the input as `explain` takes it, or an envelope that carries the
/// signer's expectation with it, `{"tx": "0x02f8…", "expect": "send ≤ 1 ETH, nothing else"}`
/// (`expect` in the language, or its JSON form). An envelope's expectation replaces `--expect`
/// for that line.
enum BatchLine {
  static func split(_ text: String) throws(Failure) -> (input: String, expectation: Expectation?) {
    let trimmed = text.drop { $0.isWhitespace }
    guard trimmed.hasPrefix("{"), trimmed.contains("\"tx\""),
      let object = try? JSONValue(parsing: text, maxDepth: 8),
      let members = object.objectMembers, let input = object["tx"]?.stringValue,
      members.allSatisfy({ ["tx", "expect"].contains($0.key) })
    else { return (text, nil) }
    guard let expect = object["expect"] else { return (input, nil) }
    do {
      return (input, try ExpectationInput.parse(expect))
    } catch {
      throw .badInput(error.message)
    }
  }
}
