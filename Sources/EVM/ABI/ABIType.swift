/// A Solidity ABI type (Solidity ABI specification, "Types").
///
/// Fixed-point types (`fixed<M>x<N>`, `ufixed<M>x<N>`) are left out on purpose: Solidity cannot
/// use them in a deployed interface, no standard or registry entry has them, and parsing one gives
/// a clear `ABIError` instead of a half-supported value.
public indirect enum ABIType: Sendable, Hashable, CustomStringConvertible {
  /// `uint<bits>`, bits a multiple of 8 in 8...256.
  case uint(bits: Int)
  /// `int<bits>`, two's complement, bits a multiple of 8 in 8...256.
  case int(bits: Int)
  case address
  case bool
  /// `bytes<n>`, n in 1...32, right-padded in one word.
  case fixedBytes(Int)
  /// Dynamic `bytes`.
  case bytes
  /// Dynamic `string`; the ABI does not promise valid UTF-8 (see `ABIString`).
  case string
  /// `T[]`.
  case array(ABIType)
  /// `T[n]`, n >= 1.
  case fixedArray(ABIType, count: Int)
  /// `(T1,T2,...)`; a Solidity struct.
  case tuple([ABIParameter])

  /// Type strings nested deeper than this (tuples and array suffixes together) are refused, so a
  /// hostile ABI file cannot exhaust the stack of the recursive parser, encoder or decoder.
  public static let maxNestingDepth = 32

  /// Parses a type as written in a signature or a JSON ABI's `type`: `uint256[2][]`,
  /// `(address,bytes)[]`, `bytes32`. `uint`/`int` mean `uint256`/`int256`, as in Solidity.
  public init(parsing text: String) throws(ABIError) {
    self = try ABITypeParser.type(text)
  }

  /// The canonical spelling used in signatures: `uint256`, `(address,uint256)[]`.
  public var description: String {
    switch self {
    case .uint(let bits): return "uint\(bits)"
    case .int(let bits): return "int\(bits)"
    case .address: return "address"
    case .bool: return "bool"
    case .fixedBytes(let n): return "bytes\(n)"
    case .bytes: return "bytes"
    case .string: return "string"
    case .array(let element): return "\(element)[]"
    case .fixedArray(let element, let count): return "\(element)[\(count)]"
    case .tuple(let fields):
      return "(" + fields.map(\.type.description).joined(separator: ",") + ")"
    }
  }

  /// Whether the value is stored out of line, behind an offset in the head.
  public var isDynamic: Bool {
    switch self {
    case .bytes, .string, .array: return true
    case .fixedArray(let element, _): return element.isDynamic
    case .tuple(let fields): return fields.contains { $0.type.isDynamic }
    default: return false
    }
  }

  /// Bytes the value takes in its enclosing head: 32 for dynamic types (an offset), the full
  /// inline size for static ones; nil when that size overflows `Int` (a hostile `uint256[2**62][4]`).
  public var headSize: Int? {
    if isDynamic { return 32 }
    switch self {
    case .fixedArray(let element, let count):
      guard let size = element.headSize else { return nil }
      let (total, overflow) = size.multipliedReportingOverflow(by: count)
      return overflow ? nil : total
    case .tuple(let fields):
      var total = 0
      for field in fields {
        guard let size = field.type.headSize else { return nil }
        let (sum, overflow) = total.addingReportingOverflow(size)
        if overflow { return nil }
        total = sum
      }
      return total
    default: return 32
    }
  }
}
