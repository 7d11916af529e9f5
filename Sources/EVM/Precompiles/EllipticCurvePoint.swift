/// A point on a short Weierstrass curve y² = x³ + b in Jacobian coordinates (x = X/Z², y = Y/Z³),
/// so adding and doubling need no inversion; Z = 0 is the point at infinity.
struct JacobianPoint<F: FieldElement> {
  var x: F
  var y: F
  var z: F

  static var infinity: JacobianPoint { JacobianPoint(x: .one, y: .one, z: .zero) }

  init(x: F, y: F, z: F) {
    self.x = x
    self.y = y
    self.z = z
  }

  init(affineX: F, affineY: F) {
    self.init(x: affineX, y: affineY, z: .one)
  }

  var isInfinity: Bool { z.isZero }

  /// Whether affine (x, y) satisfies y² = x³ + b.
  static func isOnCurve(x: F, y: F, b: F) -> Bool {
    y.squared() == x.squared() * x + b
  }

  /// The affine coordinates, nil for the point at infinity.
  var affine: (x: F, y: F)? {
    guard !isInfinity else { return nil }
    let zInverse = z.inverted()
    let zInverseSquared = zInverse.squared()
    return (x * zInverseSquared, y * zInverseSquared * zInverse)
  }

  /// dbl-2009-l (a = 0).
  func doubled() -> JacobianPoint {
    guard !isInfinity, !y.isZero else { return .infinity }
    let a = x.squared()
    let b = y.squared()
    let c = b.squared()
    let d = ((x + b).squared() - a - c).doubled()
    let e = a.doubled() + a
    let x3 = e.squared() - d.doubled()
    let y3 = e * (d - x3) - c.doubled().doubled().doubled()
    return JacobianPoint(x: x3, y: y3, z: (y * z).doubled())
  }

  /// add-2007-bl, with the doubling and inverse cases it excludes.
  static func + (lhs: JacobianPoint, rhs: JacobianPoint) -> JacobianPoint {
    if lhs.isInfinity { return rhs }
    if rhs.isInfinity { return lhs }
    let z1z1 = lhs.z.squared()
    let z2z2 = rhs.z.squared()
    let u1 = lhs.x * z2z2
    let u2 = rhs.x * z1z1
    let s1 = lhs.y * rhs.z * z2z2
    let s2 = rhs.y * lhs.z * z1z1
    let h = u2 - u1
    let r = (s2 - s1).doubled()
    if h.isZero {
      return r.isZero ? lhs.doubled() : .infinity
    }
    let i = h.doubled().squared()
    let j = h * i
    let v = u1 * i
    let x3 = r.squared() - j - v.doubled()
    let y3 = r * (v - x3) - (s1 * j).doubled()
    let z3 = ((lhs.z + rhs.z).squared() - z1z1 - z2z2) * h
    return JacobianPoint(x: x3, y: y3, z: z3)
  }

  /// [scalar]self, the scalar as 64-bit limbs, least significant first (double-and-add).
  func multiplied(by scalar: [UInt64]) -> JacobianPoint {
    var result = JacobianPoint.infinity
    for limb in scalar.reversed() {
      for bit in stride(from: 63, through: 0, by: -1) {
        result = result.doubled()
        if limb >> UInt64(bit) & 1 == 1 { result = result + self }
      }
    }
    return result
  }
}
