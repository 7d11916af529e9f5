/// An exact token or coin amount: an integer count of base units, the number of decimal places
/// one whole unit has, and a symbol.
///
/// Formatting works on the decimal digits of `units` and never goes through floating point, so
/// every wei is shown and nothing is rounded.
public struct Amount: Sendable, Hashable {
  public var units: UInt256
  /// Decimal places of one whole unit (18 for ether). A negative value scales up instead, which
  /// no real token uses but which still formats exactly. The text grows with the magnitude, so
  /// callers taking this from outside should bound it (ERC-20 reports a `uint8`).
  public var decimals: Int
  public var symbol: String

  public init(units: UInt256, decimals: Int, symbol: String) {
    self.units = units
    self.decimals = decimals
    self.symbol = symbol
  }

  public static func ether(wei: UInt256) -> Amount {
    Amount(units: wei, decimals: 18, symbol: "ETH")
  }

  public static func gwei(wei: UInt256) -> Amount {
    Amount(units: wei, decimals: 9, symbol: "gwei")
  }

  /// The number alone: exact, trailing fractional zeros trimmed, no digit grouping ("1.5",
  /// "0.000000000000000001", "1000000").
  public var formattedNumber: String {
    if units.isZero { return "0" }
    let digits = units.decimalString
    if decimals <= 0 {
      return digits + String(repeating: "0", count: Int(clamping: decimals.magnitude))
    }

    let padded =
      digits.count > decimals
      ? digits : String(repeating: "0", count: decimals - digits.count + 1) + digits
    let whole = padded.dropLast(decimals)
    let fraction = padded.suffix(decimals).reversed().drop { $0 == "0" }.reversed()
    return fraction.isEmpty ? String(whole) : whole + "." + String(fraction)
  }
}

extension Amount: CustomStringConvertible {
  /// The number, a space and the symbol ("1.5 ETH"); the number alone when there is no symbol.
  public var description: String {
    symbol.isEmpty ? formattedNumber : formattedNumber + " " + symbol
  }
}
