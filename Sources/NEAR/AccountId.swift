/// A NEAR account id, checked against nearcore's rules when it is read.
///
/// 2 to 64 characters of lowercase a–z and 0–9, split by the separators `.`, `-` and `_`, none of
/// them first, last or next to another. The implicit forms (64 hex digits, `0x` + 40 hex digits,
/// `0s` + 40 hex digits) obey the same rules; `kind` names them because a person should know
/// that such an account is controlled by a key or contract, not a registered name.
public struct AccountId: Sendable, Hashable, CustomStringConvertible {
  public enum Kind: String, Sendable {
    case named
    /// 64 lowercase hex digits: the account of that ed25519 public key.
    case nearImplicit
    /// `0x` + 40 hex digits: the account of an Ethereum address (wallet contract).
    case ethImplicit
    /// `0s` + 40 hex digits: a deterministic account derived from its initial state (NEP-616).
    case deterministic
  }

  public let value: String

  public init?(_ text: String) {
    guard Self.isValid(text) else { return nil }
    value = text
  }

  public var description: String { value }

  public var kind: Kind {
    let utf8 = Array(value.utf8)
    if utf8.count == 64 && utf8.allSatisfy(Self.isLowerHex) { return .nearImplicit }
    if utf8.count == 42 && utf8[2...].allSatisfy(Self.isLowerHex) {
      if value.hasPrefix("0x") { return .ethImplicit }
      if value.hasPrefix("0s") { return .deterministic }
    }
    return .named
  }

  /// Why `text` is not an account id, or nil when it is one.
  public static func problem(_ text: String) -> String? {
    let utf8 = Array(text.utf8)
    guard (2...64).contains(utf8.count) else {
      return "account id must be 2 to 64 characters, not \(utf8.count)"
    }
    var previousWasSeparator = true
    for (index, byte) in utf8.enumerated() {
      if isSeparator(byte) {
        if previousWasSeparator {
          return index == 0
            ? "account id starts with a separator"
            : "account id has adjacent separators at character \(index)"
        }
        previousWasSeparator = true
      } else if isLowerAlphanumeric(byte) {
        previousWasSeparator = false
      } else {
        return "account id has a character other than a-z 0-9 . - _ at character \(index)"
      }
    }
    return previousWasSeparator ? "account id ends with a separator" : nil
  }

  public static func isValid(_ text: String) -> Bool { problem(text) == nil }

  private static func isSeparator(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
  }

  private static func isLowerAlphanumeric(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
      || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
  }

  private static func isLowerHex(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
      || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
  }
}
