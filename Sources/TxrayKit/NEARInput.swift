import NEAR
import TxrayCore

/// Turns input text into a decoded NEAR transaction: JSON is an RPC transaction view; anything
/// else is Borsh as hex (optional 0x) or base64. Whitespace and line breaks anywhere are ignored;
/// text made only of hex digits is read as hex.
public enum NEARInput {
  /// The transaction `text` holds, or a bad-input failure naming what is wrong.
  public static func decode(_ text: String) throws(Failure) -> DecodedTransaction {
    if text.drop(while: { $0.isWhitespace }).hasPrefix("{") {
      do { return try RPCTransactionDecoder.decode(json: text) } catch {
        throw .badInput("NEAR RPC transaction: \(error)")
      }
    }
    let compact = text.filter { !$0.isWhitespace }
    if let hint = misplacedInputHint(compact) { throw .badInput(hint) }
    let bytes = try borshBytes(text)
    guard !bytes.isEmpty else { throw .badInput("no transaction bytes in the input") }
    do { return try TransactionDecoder.decode(bytes) } catch {
      throw .badInput("NEAR transaction: \(error)")
    }
  }

  /// What text that is no transaction most likely is, when its shape says so: people paste a
  /// transaction's hash or an account id where the transaction belongs. A NEAR transaction is at
  /// least a hundred bytes, so nothing this short is one.
  static func misplacedInputHint(_ compact: String) -> String? {
    let base58 = Set("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz")
    if (43...44).contains(compact.count), compact.allSatisfy(base58.contains) {
      return "this reads like a NEAR transaction hash (base58), not a transaction: txray needs "
        + "the transaction itself, as base64 of its Borsh or the RPC's JSON (tx, "
        + "EXPERIMENTAL_tx_status)"
    }
    if compact.count <= 64, compact.contains("."),
      compact.allSatisfy({ $0.isLowercase || $0.isNumber || "._-".contains($0) }),
      compact.allSatisfy(\.isASCII)
    {
      return "this reads like a NEAR account id, not a transaction"
    }
    return nil
  }

  /// Hex or base64 with whitespace removed; an error names the offset in the text as given.
  private static func borshBytes(_ text: String) throws(Failure) -> [UInt8] {
    let compact = CompactText(text)
    if isHex(compact.text) { return try compact.hexBytes() }
    do { return try Base64.decode(compact.text) } catch {
      // Text that is neither 0x-hex nor JSON lands here, a mistyped word included: the line
      // says what txray reads before what went wrong reading it as base64.
      let detail: String
      switch error {
      case .invalidCharacter(let ch, let offset):
        detail = "invalid character '\(ch)' at offset \(compact.originalOffset(offset))"
      case .badPadding(let offset):
        detail =
          "misplaced padding or non-zero trailing bits at offset "
          + "\(compact.originalOffset(offset))"
      case .badLength:
        detail = "\(error): the text is cut off"
      }
      throw .badInput(
        "not a transaction txray reads (0x-hex, JSON, or base64 of a NEAR transaction); "
          + "as base64: \(detail)")
    }
  }

  /// 0x-prefixed text, or text of hex digits only: base64 of real Borsh practically always has
  /// letters beyond f.
  static func isHex(_ compact: String) -> Bool {
    compact.hasPrefix("0x") || compact.hasPrefix("0X") || compact.allSatisfy(\.isHexDigit)
  }
}
