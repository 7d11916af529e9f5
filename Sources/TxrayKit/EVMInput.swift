import EVM

/// Turns input text into a decoded EVM transaction: JSON is a wallet's transaction request (or a
/// JSON-RPC call carrying one, or a node's view of a signed transaction), anything else is hex
/// (optional 0x, whitespace and line breaks anywhere are ignored).
public enum EVMInput {
  /// The transaction `text` holds, or a bad-input failure naming what is wrong.
  public static func decode(_ text: String) throws(Failure) -> Transaction {
    if text.drop(while: { $0.isWhitespace }).hasPrefix("{") {
      do { return try TransactionDecoder.decode(jsonRequest: text) } catch {
        throw .badInput("transaction request: \(error)")
      }
    }
    let bytes = try CompactText(text).hexBytes()
    guard !bytes.isEmpty else { throw .badInput("no transaction bytes in the input") }
    do { return try TransactionDecoder.decode(bytes) } catch {
      throw .badInput("transaction: \(error)")
    }
  }
}
