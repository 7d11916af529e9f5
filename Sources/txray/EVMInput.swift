import EVM
import TxrayCore

/// Turns input text into a decoded EVM transaction: JSON is a wallet's transaction request,
/// anything else is hex (optional 0x, whitespace and line breaks anywhere are ignored).
enum EVMInput {
  static func decode(_ text: String) throws(Failure) -> Transaction {
    if text.drop(while: { $0.isWhitespace }).hasPrefix("{") {
      do { return try TransactionDecoder.decode(jsonRequest: text) } catch {
        throw .badInput("transaction request: \(error)")
      }
    }
    let bytes = try hexBytes(text)
    guard !bytes.isEmpty else { throw .badInput("no transaction bytes in the input") }
    do { return try TransactionDecoder.decode(bytes) } catch {
      throw .badInput("transaction: \(error)")
    }
  }

  /// Hex decoding with whitespace removed; an error names the offset in the text as given.
  private static func hexBytes(_ text: String) throws(Failure) -> [UInt8] {
    var compact = ""
    var originalOffset: [Int] = []
    compact.reserveCapacity(text.utf8.count)
    for (offset, ch) in text.enumerated() where !ch.isWhitespace {
      compact.append(ch)
      originalOffset.append(offset)
    }
    do { return try Hex.decode(compact) } catch {
      switch error {
      case .invalidCharacter(let ch, let offset):
        let at = offset < originalOffset.count ? originalOffset[offset] : offset
        throw .badInput("invalid hex character '\(ch)' at offset \(at)")
      case .oddLength(let digits):
        throw .badInput("odd number of hex digits (\(digits)): the last byte is cut in half")
      }
    }
  }
}
