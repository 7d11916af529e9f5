import EVM
import TxrayCore

/// Reading the hex fields of reference-test JSON into typed values, with errors that say which
/// field was wrong instead of a trap or a silent zero.
enum StateTestHex {
  /// A hex quantity of any length whose value fits 256 bits ("0x", "0x00ff", …).
  static func uint256(_ text: String, field: String) throws(StateTestError) -> UInt256 {
    var digits = Substring(text)
    if digits.hasPrefix("0x") || digits.hasPrefix("0X") { digits = digits.dropFirst(2) }
    digits = digits.drop { $0 == "0" }
    if digits.isEmpty { return .zero }
    guard let value = UInt256(hexString: String(digits)) else {
      throw StateTestError("\(field): not a 256-bit hex quantity: \(text.prefix(80))")
    }
    return value
  }

  static func uint64(_ text: String, field: String) throws(StateTestError) -> UInt64 {
    guard let value = try uint256(text, field: field).uint64Value else {
      throw StateTestError("\(field): does not fit 64 bits: \(text)")
    }
    return value
  }

  static func bytes(_ text: String, field: String) throws(StateTestError) -> [UInt8] {
    do {
      return try Hex.decode(text)
    } catch {
      throw StateTestError("\(field): \(error.description)")
    }
  }

  static func address(_ text: String, field: String) throws(StateTestError) -> Address {
    guard let address = Address(hex: text) else {
      throw StateTestError("\(field): not an address: \(text.prefix(80))")
    }
    return address
  }

  /// A 32-byte hash.
  static func hash(_ text: String, field: String) throws(StateTestError) -> [UInt8] {
    let value = try bytes(text, field: field)
    guard value.count == 32 else { throw StateTestError("\(field): not 32 bytes: \(text)") }
    return value
  }
}

/// A reference-test file or entry that cannot be read as one.
public struct StateTestError: Error, Sendable, Equatable, CustomStringConvertible {
  public var description: String

  public init(_ description: String) {
    self.description = description
  }
}
