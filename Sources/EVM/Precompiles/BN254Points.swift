extension BN254 {
  typealias G1 = JacobianPoint<Fp>
  typealias G2 = JacobianPoint<Fp2>

  /// b of G1: y² = x³ + 3.
  static let g1B = Fp(3)
  /// b of the twist G2: y² = x³ + 3 / (9 + u).
  static let g2B = Fp2(c0: Fp(3), c1: .zero) * Fp2(c0: Fp(9), c1: Fp(1)).inverted()

  /// r, the order of G1 and G2, least significant limb first.
  static let groupOrder: [UInt64] = [
    0x43e1_f593_f000_0001, 0x2833_e848_79b9_7091, 0xb850_45b6_8181_585d, 0x3064_4e72_e131_a029,
  ]

  /// A G1 point from 64 bytes x ‖ y (EIP-196): (0, 0) is infinity; otherwise both coordinates
  /// must be below p and the point on the curve. G1 has cofactor 1, so that is the whole check.
  static func g1(_ bytes: ArraySlice<UInt8>) -> G1? {
    let start = bytes.startIndex
    guard let x = Fp(bigEndian: bytes[start..<start + 32]),
      let y = Fp(bigEndian: bytes[start + 32..<start + 64])
    else { return nil }
    if x.isZero && y.isZero { return .infinity }
    guard G1.isOnCurve(x: x, y: y, b: g1B) else { return nil }
    return G1(affineX: x, affineY: y)
  }

  /// A G2 point from 128 bytes x.c1 ‖ x.c0 ‖ y.c1 ‖ y.c0 (EIP-197 writes the imaginary part
  /// first): all zeros is infinity; otherwise on the twist and of order r, since the twist has
  /// other points too.
  static func g2(_ bytes: ArraySlice<UInt8>) -> G2? {
    let start = bytes.startIndex
    guard let xImaginary = Fp(bigEndian: bytes[start..<start + 32]),
      let xReal = Fp(bigEndian: bytes[start + 32..<start + 64]),
      let yImaginary = Fp(bigEndian: bytes[start + 64..<start + 96]),
      let yReal = Fp(bigEndian: bytes[start + 96..<start + 128])
    else { return nil }
    let x = Fp2(c0: xReal, c1: xImaginary)
    let y = Fp2(c0: yReal, c1: yImaginary)
    if x.isZero && y.isZero { return .infinity }
    guard G2.isOnCurve(x: x, y: y, b: g2B) else { return nil }
    let point = G2(affineX: x, affineY: y)
    guard point.multiplied(by: groupOrder).isInfinity else { return nil }
    return point
  }

  /// 64 bytes x ‖ y, (0, 0) for infinity.
  static func encode(_ point: G1) -> [UInt8] {
    guard let affine = point.affine else { return [UInt8](repeating: 0, count: 64) }
    return affine.x.bigEndianBytes + affine.y.bigEndianBytes
  }
}
