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
    // Plain ASCII without blanks (the usual case) is decoded as given: offsets in errors are
    // already those of the text.
    if !text.utf8.contains(where: { $0 == 0x20 || (0x09...0x0d).contains($0) || $0 >= 0x80 }) {
      do { return try Hex.decode(text) } catch { throw failure(error, originalOffset: nil) }
    }
    var compact = ""
    var originalOffset: [Int] = []
    compact.reserveCapacity(text.utf8.count)
    for (offset, ch) in text.enumerated() where !ch.isWhitespace {
      compact.append(ch)
      originalOffset.append(offset)
    }
    do { return try Hex.decode(compact) } catch {
      throw failure(error, originalOffset: originalOffset)
    }
  }

  /// `originalOffset` maps offsets in the decoded text back to the text as given.
  private static func failure(_ error: HexError, originalOffset: [Int]?) -> Failure {
    switch error {
    case .invalidCharacter(let ch, let offset):
      let at = originalOffset.flatMap { offset < $0.count ? $0[offset] : nil } ?? offset
      return .badInput("invalid hex character '\(ch)' at offset \(at)")
    case .oddLength(let digits):
      return .badInput("odd number of hex digits (\(digits)): the last byte is cut in half")
    }
  }
}
