import TxrayCore

/// A non-negative decimal number as the signer wrote it ("1", "0.01", "3000"), kept as digits so
/// that converting it to base units is exact: no floating point ever touches an amount.
public struct DecimalQuantity: Sendable, Equatable, CustomStringConvertible {
  /// Digits before the point, without leading zeros ("" for zero).
  public let whole: String
  /// Digits after the point, without trailing zeros.
  public let fraction: String

  /// Reads "1", "1.5", ".5", "3,000" or "3_000" (grouping marks between digits only); nil for
  /// anything else, a sign or an exponent included.
  public init?(_ text: String) {
    var whole = ""
    var fraction = ""
    var afterPoint = false
    var previous: Character?
    let characters = Array(text)
    for (index, character) in characters.enumerated() {
      switch character {
      case "0"..."9":
        if afterPoint { fraction.append(character) } else { whole.append(character) }
      case ".":
        guard !afterPoint else { return nil }
        afterPoint = true
      case ",", "_":
        let next = index + 1 < characters.count ? characters[index + 1] : nil
        guard !afterPoint, previous?.isASCIIDigit == true, next?.isASCIIDigit == true else {
          return nil
        }
      default:
        return nil
      }
      previous = character
    }
    guard !(whole.isEmpty && fraction.isEmpty) else { return nil }
    self.whole = String(whole.drop { $0 == "0" })
    self.fraction = String(fraction.reversed().drop { $0 == "0" }.reversed())
  }

  /// Whether the quantity is zero.
  public var isZero: Bool { whole.isEmpty && fraction.isEmpty }

  /// The shortest form: "1.5", "0.01", "3000", "0".
  public var description: String {
    let wholeText = whole.isEmpty ? "0" : whole
    return fraction.isEmpty ? wholeText : wholeText + "." + fraction
  }

  /// The quantity in base units of an asset with `decimals` places; nil when it has more
  /// fractional digits than the asset can hold, or does not fit 256 bits.
  public func baseUnits(decimals: Int) -> UInt256? {
    guard decimals >= 0, fraction.count <= decimals else { return nil }
    let digits = whole + fraction + String(repeating: "0", count: decimals - fraction.count)
    return digits.isEmpty ? .zero : UInt256(decimalString: digits)
  }
}

extension Character {
  fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
