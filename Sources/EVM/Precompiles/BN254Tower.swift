// The extension tower over BN254's F_p used by the pairing (EIP-197):
//   F_p²  = F_p[u] / (u² + 1)
//   F_p⁶  = F_p²[v] / (v³ - ξ), ξ = 9 + u
//   F_p¹² = F_p⁶[w] / (w² - v)
// All value types over `BN254.Fp`, so products stay on the stack.

extension BN254 {
  struct Fp2: Equatable, MultiplicativeElement {
    var c0: Fp
    var c1: Fp

    static let zero = Fp2(c0: .zero, c1: .zero)
    static let one = Fp2(c0: .one, c1: .zero)

    var isZero: Bool { c0.isZero && c1.isZero }

    @inline(__always)
    static func + (lhs: Fp2, rhs: Fp2) -> Fp2 { Fp2(c0: lhs.c0 + rhs.c0, c1: lhs.c1 + rhs.c1) }
    @inline(__always)
    static func - (lhs: Fp2, rhs: Fp2) -> Fp2 { Fp2(c0: lhs.c0 - rhs.c0, c1: lhs.c1 - rhs.c1) }
    @inline(__always)
    static prefix func - (value: Fp2) -> Fp2 { Fp2(c0: -value.c0, c1: -value.c1) }

    @inline(__always)
    static func * (lhs: Fp2, rhs: Fp2) -> Fp2 {
      let v0 = lhs.c0 * rhs.c0
      let v1 = lhs.c1 * rhs.c1
      return Fp2(c0: v0 - v1, c1: (lhs.c0 + lhs.c1) * (rhs.c0 + rhs.c1) - v0 - v1)
    }

    @inline(__always)
    static func * (lhs: Fp2, rhs: Fp) -> Fp2 { Fp2(c0: lhs.c0 * rhs, c1: lhs.c1 * rhs) }

    @inline(__always)
    func squared() -> Fp2 {
      let product = c0 * c1
      return Fp2(c0: (c0 + c1) * (c0 - c1), c1: product + product)
    }

    @inline(__always)
    func doubled() -> Fp2 { self + self }

    var conjugate: Fp2 { Fp2(c0: c0, c1: -c1) }

    /// Multiplication by ξ = 9 + u.
    @inline(__always)
    func timesNonResidue() -> Fp2 {
      let nine0 = c0.doubled().doubled().doubled() + c0
      let nine1 = c1.doubled().doubled().doubled() + c1
      return Fp2(c0: nine0 - c1, c1: c0 + nine1)
    }

    func inverted() -> Fp2 {
      let norm = (c0.squared() + c1.squared()).inverted()
      return Fp2(c0: c0 * norm, c1: -(c1 * norm))
    }
  }

  struct Fp6: Equatable, MultiplicativeElement {
    var c0: Fp2
    var c1: Fp2
    var c2: Fp2

    static let zero = Fp6(c0: .zero, c1: .zero, c2: .zero)
    static let one = Fp6(c0: .one, c1: .zero, c2: .zero)

    @inline(__always)
    static func + (lhs: Fp6, rhs: Fp6) -> Fp6 {
      Fp6(c0: lhs.c0 + rhs.c0, c1: lhs.c1 + rhs.c1, c2: lhs.c2 + rhs.c2)
    }
    @inline(__always)
    static func - (lhs: Fp6, rhs: Fp6) -> Fp6 {
      Fp6(c0: lhs.c0 - rhs.c0, c1: lhs.c1 - rhs.c1, c2: lhs.c2 - rhs.c2)
    }
    @inline(__always)
    static prefix func - (value: Fp6) -> Fp6 { Fp6(c0: -value.c0, c1: -value.c1, c2: -value.c2) }

    /// Karatsuba-style, six F_p² multiplications.
    static func * (lhs: Fp6, rhs: Fp6) -> Fp6 {
      let v0 = lhs.c0 * rhs.c0
      let v1 = lhs.c1 * rhs.c1
      let v2 = lhs.c2 * rhs.c2
      let c0 = ((lhs.c1 + lhs.c2) * (rhs.c1 + rhs.c2) - v1 - v2).timesNonResidue() + v0
      let c1 = (lhs.c0 + lhs.c1) * (rhs.c0 + rhs.c1) - v0 - v1 + v2.timesNonResidue()
      let c2 = (lhs.c0 + lhs.c2) * (rhs.c0 + rhs.c2) - v0 - v2 + v1
      return Fp6(c0: c0, c1: c1, c2: c2)
    }

    func squared() -> Fp6 { self * self }

    /// Multiplication by v: (c0, c1, c2) → (ξ·c2, c0, c1).
    @inline(__always)
    func timesV() -> Fp6 { Fp6(c0: c2.timesNonResidue(), c1: c0, c2: c1) }

    func inverted() -> Fp6 {
      let t0 = c0.squared() - (c1 * c2).timesNonResidue()
      let t1 = c2.squared().timesNonResidue() - c0 * c1
      let t2 = c1.squared() - c0 * c2
      let determinant = (c0 * t0 + (c2 * t1 + c1 * t2).timesNonResidue()).inverted()
      return Fp6(c0: t0 * determinant, c1: t1 * determinant, c2: t2 * determinant)
    }
  }

  struct Fp12: Equatable, MultiplicativeElement {
    var c0: Fp6
    var c1: Fp6

    static let one = Fp12(c0: .one, c1: .zero)

    static func * (lhs: Fp12, rhs: Fp12) -> Fp12 {
      let v0 = lhs.c0 * rhs.c0
      let v1 = lhs.c1 * rhs.c1
      return Fp12(c0: v0 + v1.timesV(), c1: (lhs.c0 + lhs.c1) * (rhs.c0 + rhs.c1) - v0 - v1)
    }

    /// Complex squaring: two F_p⁶ multiplications instead of three.
    func squared() -> Fp12 {
      let product = c0 * c1
      let c0 = (self.c0 + self.c1) * (self.c0 + self.c1.timesV()) - product - product.timesV()
      return Fp12(c0: c0, c1: product + product)
    }

    /// The conjugate over F_p⁶, which is the inverse for elements of norm 1 (after the easy
    /// part of the final exponentiation).
    var conjugate: Fp12 { Fp12(c0: c0, c1: -c1) }

    /// ξ^((p²-1)/6), a sixth root of unity in F_p.
    private static let omega = Fp.constant(
      "30644e72e131a0295e6dd9e7e0acccb0c28f069fbb966e3de4bd44e5607cfd49")
    private static let omegaPowers: [Fp] = [
      omega, omega.squared(), omega.squared() * omega,
      omega.squared().squared(), omega.squared().squared() * omega,
    ]

    /// self^(p²). Written over w (w⁶ = ξ), F_p² coefficients are fixed by the p²-power map and
    /// wⁱ becomes wⁱ·ωⁱ with ω = ξ^((p²-1)/6).
    func frobeniusSquared() -> Fp12 {
      let omega = Fp12.omegaPowers
      return Fp12(
        c0: Fp6(c0: c0.c0, c1: c0.c1 * omega[1], c2: c0.c2 * omega[3]),
        c1: Fp6(c0: c1.c0 * omega[0], c1: c1.c1 * omega[2], c2: c1.c2 * omega[4]))
    }

    func inverted() -> Fp12 {
      let determinant = (c0.squared() - c1.squared().timesV()).inverted()
      return Fp12(c0: c0 * determinant, c1: -(c1 * determinant))
    }
  }
}
