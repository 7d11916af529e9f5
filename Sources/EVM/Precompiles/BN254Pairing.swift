extension BN254 {
  /// Whether ∏ e(Pᵢ, Qᵢ) = 1 for the optimal ate pairing; points must already be validated.
  static func pairingProductIsOne(_ pairs: [(G1, G2)]) -> Bool {
    var product = Fp12.one
    for (p, q) in pairs {
      guard let p = p.affine, let q = q.affine else { continue }
      product = product * millerLoop(p: p, q: q)
    }
    return finalExponentiation(product) == .one
  }

  /// 6x + 2 for the BN parameter x = 4965661367192848881, the optimal ate loop count, without
  /// its top bit (bit 64), which the loop accounts for by starting from T = Q.
  private static let loopCount: UInt64 = 0x9d79_7039_be76_3ba8

  /// ξ^((p-1)/3) and ξ^((p-1)/2): the Frobenius endomorphism on the twist multiplies the
  /// conjugated coordinates by these.
  private static let frobeniusX = Fp2(
    c0: .constant("2fb347984f7911f74c0bec3cf559b143b78cc310c2c3330c99e39557176f553d"),
    c1: .constant("16c9e55061ebae204ba4cc8bd75a079432ae2a1d0b7c9dce1665d51c640fcba2"))
  private static let frobeniusY = Fp2(
    c0: .constant("063cf305489af5dcdc5ec698b6e2f9b9dbaae0eda9c95998dc54014671a0135a"),
    c1: .constant("07c03cbcac41049a0704b5a7ec796f2b21807dc98fa25bd282d37f632623b0e3"))
  /// ξ^((p²-1)/3) for the squared Frobenius (ξ^((p²-1)/2) is -1).
  private static let frobeniusSquaredX = Fp.constant(
    "30644e72e131a0295e6dd9e7e0acccb0c28f069fbb966e3de4bd44e5607cfd48")

  /// (p⁴-p²+1)/r, the hard part of the final exponentiation.
  private static let hardExponent: [UInt64] = [
    0xe81b_b482_ccdf_42b1, 0x5abf_5cc4_f49c_36d4, 0xf115_4e7e_1da0_14fd, 0xdcc7_b44c_87cd_bacf,
    0xaaa4_41e3_954b_cf8a, 0x6b88_7d56_d509_5f23, 0x7958_1e16_f3fd_90c6, 0x3b1b_1355_d189_227d,
    0x4e52_9a58_6187_6f6b, 0x6c0e_b522_d5b1_2278, 0x331e_c151_8317_7faf, 0x01ba_aa71_0b07_59ad,
  ]

  /// f_{6x+2,Q}(P) · l_{T,π(Q)}(P) · l_{T',-π²(Q)}(P), with T in Jacobian coordinates on the
  /// twist so that no step needs an inversion.
  private static func millerLoop(p: (x: Fp, y: Fp), q: (x: Fp2, y: Fp2)) -> Fp12 {
    var f = Fp12.one
    var t = G2(affineX: q.x, affineY: q.y)
    for bit in stride(from: 63, through: 0, by: -1) {
      f = f.squared() * tangentLine(at: t, evaluatedAt: p)
      t = t.doubled()
      if loopCount >> UInt64(bit) & 1 == 1 {
        f = f * chordLine(through: t, and: q, evaluatedAt: p)
        t = t + G2(affineX: q.x, affineY: q.y)
      }
    }
    let q1 = (x: q.x.conjugate * frobeniusX, y: q.y.conjugate * frobeniusY)
    let minusQ2 = (x: q.x * frobeniusSquaredX, y: q.y)
    f = f * chordLine(through: t, and: q1, evaluatedAt: p)
    t = t + G2(affineX: q1.x, affineY: q1.y)
    return f * chordLine(through: t, and: minusQ2, evaluatedAt: p)
  }

  // Lines through points of the twist, untwisted by (x, y) ↦ (x·w², y·w³): a line with slope
  // λ·w through (x_T·w², y_T·w³) evaluated at P is y_P - λ·x_P·w + (λ·x_T - y_T)·w³. Both
  // functions return it times a nonzero F_p² factor that clears the denominators; the final
  // exponentiation sends every element of F_p² (a subfield of F_p⁶) to one, so the factor
  // does not change the pairing.

  /// The tangent at T = (X, Y, Z) with λ = 3X²/(2YZ), times 2YZ³:
  /// 2YZ³·y_P - 3X²Z²·x_P·w + (3X³ - 2Y²)·w³.
  private static func tangentLine(at t: G2, evaluatedAt p: (x: Fp, y: Fp)) -> Fp12 {
    let xSquared = t.x.squared()
    let threeXSquared = xSquared.doubled() + xSquared
    let zSquared = t.z.squared()
    let twoYZ = (t.y * t.z).doubled()
    return line(
      yCoefficient: twoYZ * zSquared * p.y,
      xCoefficient: -(threeXSquared * zSquared * p.x),
      constant: threeXSquared * t.x - t.y.squared().doubled())
  }

  /// The chord through T = (X, Y, Z) and affine Q with λ = N/D, N = y_Q·Z³ - Y,
  /// D = (x_Q·Z² - X)·Z, taken through Q and times D: D·y_P - N·x_P·w + (N·x_Q - D·y_Q)·w³.
  private static func chordLine(
    through t: G2, and q: (x: Fp2, y: Fp2), evaluatedAt p: (x: Fp, y: Fp)
  ) -> Fp12 {
    let zSquared = t.z.squared()
    let numerator = q.y * zSquared * t.z - t.y
    let denominator = (q.x * zSquared - t.x) * t.z
    return line(
      yCoefficient: denominator * p.y, xCoefficient: -(numerator * p.x),
      constant: numerator * q.x - denominator * q.y)
  }

  /// a + b·w + c·w³ in the tower: w is F_p¹²'s generator over F_p⁶, w³ = v·w.
  private static func line(yCoefficient a: Fp2, xCoefficient b: Fp2, constant c: Fp2) -> Fp12 {
    Fp12(c0: Fp6(c0: a, c1: .zero, c2: .zero), c1: Fp6(c0: b, c1: c, c2: .zero))
  }

  /// f^((p¹²-1)/r) = f^((p⁶-1)(p²+1)(p⁴-p²+1)/r): the easy part by conjugation, one inversion
  /// and the p²-power Frobenius, the hard part as a plain exponentiation.
  private static func finalExponentiation(_ f: Fp12) -> Fp12 {
    let unitary = f.conjugate * f.inverted()
    return (unitary.frobeniusSquared() * unitary).power(hardExponent)
  }
}
