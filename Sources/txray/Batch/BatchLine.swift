import IntentCheck
import TxrayCore
import TxrayKit

/// One batch input line: the input as `explain` takes it, or an envelope that carries the
/// signer's expectation with it, `{"tx": "0x02f8…", "expect": "send ≤ 1 ETH, nothing else"}`
/// (`expect` in the language, or its JSON form). `tx` may hold a JSON input as itself (typed
/// data, a request) rather than as a string. An envelope's expectation replaces `--expect` for
/// that line.
enum BatchLine {
  static func split(_ text: String) throws(Failure) -> (input: String, expectation: Expectation?) {
    let trimmed = text.drop { $0.isWhitespace }
    guard trimmed.hasPrefix("{"), trimmed.contains("\"tx\""),
      let object = try? JSONValue(parsing: text),
      let members = object.objectMembers, let input = object["tx"].flatMap(Self.input),
      members.allSatisfy({ ["tx", "expect"].contains($0.key) })
    else { return (text, nil) }
    guard let expect = object["expect"] else { return (input, nil) }
    do {
      return (input, try ExpectationInput.parse(expect))
    } catch {
      throw .badInput(error.message)
    }
  }

  /// The input `tx` holds: its text, or a JSON object or array written back as JSON.
  private static func input(_ value: JSONValue) -> String? {
    if let text = value.stringValue { return text }
    return value.objectMembers != nil || value.arrayItems != nil ? value.serialized : nil
  }
}
