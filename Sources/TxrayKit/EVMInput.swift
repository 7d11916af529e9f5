import EVM
import TxrayCore

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
      throw .badInput("transaction: \(error)" + (misplacedInputHint(bytes).map { "; \($0)" } ?? ""))
    }
  }

  /// What hex that is no transaction most likely is, when its size says so: people paste a
  /// transaction's hash, an address or a call's data where the transaction belongs.
  static func misplacedInputHint(_ bytes: [UInt8]) -> String? {
    switch bytes.count {
    case 32:
      return "32 bytes is a transaction hash's size: txray needs the transaction itself, as raw "
        + "hex (eth_getRawTransactionByHash) or a node's JSON (eth_getTransactionByHash)"
    case 20:
      return "20 bytes is an address, not a transaction"
    case let count where count >= 4 && count % 32 == 4:
      return "this reads like a call's data (selector \(Hex.encode(Array(bytes.prefix(4))))), "
        + "not a transaction: give the whole transaction, or a JSON request with to and data"
    default:
      return nil
    }
  }
}
