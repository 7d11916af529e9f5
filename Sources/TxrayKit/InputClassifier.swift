import Foundation
import TxrayCore

/// The chain a user can force with `--chain` when detection would guess wrong.
public enum ChainChoice: String, CaseIterable, Sendable {
  /// An Ethereum (or other EVM chain's) transaction, request or typed data.
  case evm
  /// A NEAR transaction, delegate action or RPC transaction view.
  case near
}

/// What an input holds, decided from its shape before any decoder runs, so that the error a
/// user sees comes from the decoder meant for their input.
enum InputKind: Equatable {
  case evmTransaction
  case evmTypedData
  case nearTransaction
}

enum InputClassifier {
  static func classify(_ text: String, chain: ChainChoice?) -> InputKind {
    let trimmed = text.drop { $0.isWhitespace }
    if trimmed.hasPrefix("{") {
      // Parsed once here for its shape; malformed JSON is left for the decoder to report.
      let object = jsonObject(trimmed) ?? .object([])
      if chain == .near || object["signer_id"] != nil || object["signerId"] != nil
        || (chain == nil && holdsNEARTransaction(object))
      {
        return .nearTransaction
      }
      if object["primaryType"] != nil || object["types"] != nil { return .evmTypedData }
      if chain == nil, object["method"]?.stringValue?.hasPrefix("eth_signTypedData") == true {
        return .evmTypedData
      }
      return .evmTransaction
    }
    switch chain {
    case .near: return .nearTransaction
    case .evm: return .evmTransaction
    case nil:
      return looksLikeBase64(trimmed) || looksLikeNEARBorsh(trimmed)
        ? .nearTransaction : .evmTransaction
    }
  }

  /// Hex whose bytes start the way NEAR Borsh does: a V0 transaction or delegate action opens
  /// with a u32 account-id length of 2...64 (three zero bytes follow), a V1 transaction with the
  /// tag 1 and then that length. No EVM transaction does: RLP lists start at 0xc0, and a typed
  /// transaction's type byte is followed by one.
  private static func looksLikeNEARBorsh(_ text: Substring) -> Bool {
    // Only the first five bytes matter: read the first twelve non-blank characters, not all.
    var head: [UInt8] = []
    for byte in text.utf8 where !isBlank(byte) {
      head.append(byte)
      if head.count == 12 { break }
    }
    var digits = head[...]
    if digits.starts(with: "0x".utf8) || digits.starts(with: "0X".utf8) {
      digits = digits.dropFirst(2)
    }
    guard let bytes = try? Hex.decode(String(decoding: digits.prefix(10), as: UTF8.self)),
      bytes.count == 5
    else { return false }
    let lengths: ClosedRange<UInt8> = 2...64
    return (lengths.contains(bytes[0]) && bytes[1...3].allSatisfy { $0 == 0 })
      || (bytes[0] == 1 && lengths.contains(bytes[1]) && bytes[2...4].allSatisfy { $0 == 0 })
  }

  /// An RPC response or `{"transaction": …}` wrapper around a NEAR transaction view.
  private static func holdsNEARTransaction(_ object: JSONValue) -> Bool {
    var inner = object
    if let result = object["result"], case .object = result { inner = result }
    return inner["transaction"]?["signer_id"] != nil
  }

  /// Input without a 0x prefix that holds characters hex never has is base64, which only NEAR
  /// input uses; anything 0x-prefixed is hex, and bad digits in it are reported as such.
  private static func looksLikeBase64(_ text: Substring) -> Bool {
    if text.hasPrefix("0x") || text.hasPrefix("0X") { return false }
    // Byte by byte: any non-ASCII byte counts as a letter hex never has.
    return text.utf8.contains { byte in
      switch byte {
      case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "/"): true
      case UInt8(ascii: "g")...UInt8(ascii: "z"), UInt8(ascii: "G")...UInt8(ascii: "Z"): true
      case 0x80...: true
      default: false
      }
    }
  }

  private static func isBlank(_ byte: UInt8) -> Bool {
    byte == 0x20 || (0x09...0x0d).contains(byte)
  }

  private static func jsonObject(_ text: Substring) -> JSONValue? {
    guard text.utf8.count <= InputReader.maximumBytes,
      let object = try? JSONValue(parsing: String(text)), case .object = object
    else { return nil }
    return object
  }
}
