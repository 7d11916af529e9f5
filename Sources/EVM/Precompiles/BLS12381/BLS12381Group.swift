import CBLST

/// What the EIP-2537 operations need from one of BLS12-381's two groups, so that addition and
/// multi-scalar multiplication are written once for G1 and G2.
protocol BLS12381Group {
  /// blst's affine point: how points are decoded and checked.
  associatedtype Affine
  /// blst's projective point: how they are added and multiplied.
  associatedtype Point

  /// Bytes of one encoded point.
  static var encodedLength: Int { get }
  static var additionGas: UInt64 { get }
  /// Gas per pair of a multi-scalar multiplication before its discount.
  static var multiplicationGas: UInt64 { get }
  /// discount(k) for k = 1…128 pairs, in thousandths; the last holds beyond.
  static var multiplicationDiscounts: [UInt64] { get }

  /// The point at `offset`: on the curve (infinity included), and in the prime-order subgroup
  /// when `inSubgroup` — the multiplications and the pairing need it, addition not.
  static func decode(_ input: [UInt8], at offset: Int, inSubgroup: Bool) -> Affine?
  static func projective(_ point: Affine) -> Point
  static func add(_ a: Point, _ b: Point) -> Point
  /// `point` × a 256-bit scalar.
  static func multiply(_ point: Point, by scalar: blst_scalar) -> Point
  static func encode(_ point: Point) -> [UInt8]
}
