import TxrayCore

/// A decoded (or to-be-encoded) ABI value. Its shape follows the `ABIType` it was read as.
public indirect enum ABIValue: Sendable, Hashable {
  case uint(UInt256)
  /// A signed integer as its 256-bit two's complement word (so `-1` is `UInt256.max`); use
  /// `ABIValue.int(negative:magnitude:)` to build one and `signedDecimalString` to show it.
  case int(UInt256)
  case address(Address)
  case bool(Bool)
  /// `bytes<n>`: exactly n bytes.
  case fixedBytes([UInt8])
  case bytes([UInt8])
  case string(ABIString)
  /// Elements of `T[]` or `T[n]`.
  case array([ABIValue])
  /// Fields of a tuple, in declaration order.
  case tuple([ABIValue])

  /// A signed integer from its sign and magnitude; the magnitude wraps like two's complement, so
  /// callers pass magnitudes up to 2^255 for negative values.
  public static func int(negative: Bool, magnitude: UInt256) -> ABIValue {
    .int(negative ? (~magnitude) &+ 1 : magnitude)
  }

  /// A UTF-8 string value.
  public static func string(_ text: String) -> ABIValue {
    .string(ABIString(text))
  }

  /// `int` as a signed decimal ("-1"), `uint` as decimal; nil for other cases.
  public var signedDecimalString: String? {
    switch self {
    case .uint(let word): return word.decimalString
    case .int(let word):
      let isNegative = word >> 255 == 1
      return isNegative ? "-" + ((~word) &+ 1).decimalString : word.decimalString
    default: return nil
    }
  }
}

/// The bytes of an ABI `string`, which need not be valid UTF-8.
///
/// Calldata can carry any bytes in a `string`; showing them through a lossy conversion would hide
/// what the contract actually receives, so the raw bytes are kept and `text` says whether they
/// were valid UTF-8.
public struct ABIString: Sendable, Hashable {
  public var bytes: [UInt8]

  public init(bytes: [UInt8]) {
    self.bytes = bytes
  }

  public init(_ text: String) {
    self.bytes = Array(text.utf8)
  }

  /// The text when the bytes are valid UTF-8; nil otherwise (show `bytes` as hex then).
  public var text: String? {
    String(validating: bytes, as: UTF8.self)
  }
}
