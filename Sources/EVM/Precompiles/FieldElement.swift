import TxrayCore

/// The field operations elliptic-curve point arithmetic needs; BN254's F_p and F_p² conform, so
/// G1 and G2 share one implementation.
protocol FieldElement: MultiplicativeElement, Equatable {
  static var zero: Self { get }
  var isZero: Bool { get }
  static func + (lhs: Self, rhs: Self) -> Self
  static func - (lhs: Self, rhs: Self) -> Self
  static prefix func - (value: Self) -> Self
  func doubled() -> Self
  func inverted() -> Self
}

extension BN254.Fp: FieldElement {
  /// A constant written in big-endian hex; the text is part of the source, so a bad one is a
  /// programming error.
  static func constant(_ hex: String) -> BN254.Fp {
    let digits = String(repeating: "0", count: max(0, 64 - hex.count)) + hex
    guard let bytes = try? Hex.decode(digits), let value = BN254.Fp(bigEndian: bytes[...]) else {
      preconditionFailure("bad F_p constant \(hex)")
    }
    return value
  }
}

extension BN254.Fp2: FieldElement {}
