/// The alt_bn128 / BN254 curve of EIP-196 and EIP-197.
enum BN254 {}

extension BN254 {
  /// An element of the base field F_p, p = 0x30644e72…d87cfd47, held in Montgomery form
  /// (a·2²⁵⁶ mod p) in four 64-bit limbs, least significant first.
  struct Fp: Equatable, MultiplicativeElement {
    var l0: UInt64
    var l1: UInt64
    var l2: UInt64
    var l3: UInt64

    // p, least significant limb first.
    static let p0: UInt64 = 0x3c20_8c16_d87c_fd47
    static let p1: UInt64 = 0x9781_6a91_6871_ca8d
    static let p2: UInt64 = 0xb850_45b6_8181_585d
    static let p3: UInt64 = 0x3064_4e72_e131_a029
    /// -p⁻¹ mod 2⁶⁴, for Montgomery reduction.
    static let inverse: UInt64 = 0x87d2_0782_e486_6389

    static let zero = Fp(l0: 0, l1: 0, l2: 0, l3: 0)
    /// 1 in Montgomery form: 2²⁵⁶ mod p.
    static let one = Fp(
      l0: 0xd35d_438d_c58f_0d9d, l1: 0x0a78_eb28_f5c7_0b3d, l2: 0x666e_a36f_7879_462c,
      l3: 0x0e0a_77c1_9a07_df2f)
    /// 2⁵¹² mod p: multiplying by it converts into Montgomery form.
    static let rSquared = Fp(
      l0: 0xf32c_fc5b_538a_fa89, l1: 0xb5e7_1911_d445_01fb, l2: 0x47ab_1eff_0a41_7ff6,
      l3: 0x06d8_9f71_cab8_351f)
    /// p - 2, the exponent of Fermat inversion.
    static let pMinusTwo: [UInt64] = [
      0x3c20_8c16_d87c_fd45, 0x9781_6a91_6871_ca8d, 0xb850_45b6_8181_585d, 0x3064_4e72_e131_a029,
    ]

    var isZero: Bool { (l0 | l1 | l2 | l3) == 0 }

    /// A canonical 32-byte big-endian value; nil when it is not below p (EIP-196 rejects those).
    init?(bigEndian bytes: ArraySlice<UInt8>) {
      guard bytes.count == 32 else { return nil }
      var limbs: [UInt64] = [0, 0, 0, 0]
      for (position, byte) in bytes.enumerated() {
        let limb = 3 - position / 8
        limbs[limb] = limbs[limb] << 8 | UInt64(byte)
      }
      let plain = Fp(l0: limbs[0], l1: limbs[1], l2: limbs[2], l3: limbs[3])
      guard plain.isBelowModulus else { return nil }
      self = plain * Fp.rSquared
    }

    init(l0: UInt64, l1: UInt64, l2: UInt64, l3: UInt64) {
      self.l0 = l0
      self.l1 = l1
      self.l2 = l2
      self.l3 = l3
    }

    /// A small constant.
    init(_ value: UInt64) {
      self = Fp(l0: value, l1: 0, l2: 0, l3: 0) * Fp.rSquared
    }

    /// The canonical value as 32 big-endian bytes.
    var bigEndianBytes: [UInt8] {
      let plain = self * Fp(l0: 1, l1: 0, l2: 0, l3: 0)
      var bytes: [UInt8] = []
      bytes.reserveCapacity(32)
      for limb in [plain.l3, plain.l2, plain.l1, plain.l0] {
        for shift in stride(from: 56, through: 0, by: -8) {
          bytes.append(UInt8(truncatingIfNeeded: limb >> UInt64(shift)))
        }
      }
      return bytes
    }

    private var isBelowModulus: Bool {
      var borrow: UInt64 = 0
      _ = Limb.subtract(l0, Fp.p0, &borrow)
      _ = Limb.subtract(l1, Fp.p1, &borrow)
      _ = Limb.subtract(l2, Fp.p2, &borrow)
      _ = Limb.subtract(l3, Fp.p3, &borrow)
      return borrow == 1
    }

    /// Subtracts p once when the value (with an extra top bit `carry`) is not below p.
    @inline(__always)
    private static func reduced(
      _ t0: UInt64, _ t1: UInt64, _ t2: UInt64, _ t3: UInt64, carry: UInt64
    ) -> Fp {
      var borrow: UInt64 = 0
      let s0 = Limb.subtract(t0, p0, &borrow)
      let s1 = Limb.subtract(t1, p1, &borrow)
      let s2 = Limb.subtract(t2, p2, &borrow)
      let s3 = Limb.subtract(t3, p3, &borrow)
      // Keep t when t < p, that is when the subtraction borrowed more than the carry covers.
      if borrow > carry { return Fp(l0: t0, l1: t1, l2: t2, l3: t3) }
      return Fp(l0: s0, l1: s1, l2: s2, l3: s3)
    }

    @inline(__always)
    static func + (lhs: Fp, rhs: Fp) -> Fp {
      var carry: UInt64 = 0
      let t0 = Limb.add(lhs.l0, rhs.l0, &carry)
      let t1 = Limb.add(lhs.l1, rhs.l1, &carry)
      let t2 = Limb.add(lhs.l2, rhs.l2, &carry)
      let t3 = Limb.add(lhs.l3, rhs.l3, &carry)
      return reduced(t0, t1, t2, t3, carry: carry)
    }

    @inline(__always)
    static func - (lhs: Fp, rhs: Fp) -> Fp {
      var borrow: UInt64 = 0
      var t0 = Limb.subtract(lhs.l0, rhs.l0, &borrow)
      var t1 = Limb.subtract(lhs.l1, rhs.l1, &borrow)
      var t2 = Limb.subtract(lhs.l2, rhs.l2, &borrow)
      var t3 = Limb.subtract(lhs.l3, rhs.l3, &borrow)
      if borrow == 1 {
        var carry: UInt64 = 0
        t0 = Limb.add(t0, p0, &carry)
        t1 = Limb.add(t1, p1, &carry)
        t2 = Limb.add(t2, p2, &carry)
        t3 = Limb.add(t3, p3, &carry)
      }
      return Fp(l0: t0, l1: t1, l2: t2, l3: t3)
    }

    @inline(__always)
    static prefix func - (value: Fp) -> Fp {
      Fp.zero - value
    }

    /// Montgomery multiplication, coarsely integrated operand scanning (Koç, Acar, Kaliski).
    @inline(__always)
    static func * (lhs: Fp, rhs: Fp) -> Fp {
      var t0: UInt64 = 0
      var t1: UInt64 = 0
      var t2: UInt64 = 0
      var t3: UInt64 = 0
      var t4: UInt64 = 0
      @inline(__always)
      func round(_ b: UInt64) {
        var carry: UInt64 = 0
        t0 = Limb.multiplyAdd(lhs.l0, b, t0, &carry)
        t1 = Limb.multiplyAdd(lhs.l1, b, t1, &carry)
        t2 = Limb.multiplyAdd(lhs.l2, b, t2, &carry)
        t3 = Limb.multiplyAdd(lhs.l3, b, t3, &carry)
        var top: UInt64 = 0
        t4 = Limb.add(t4, carry, &top)
        let m = t0 &* inverse
        carry = 0
        _ = Limb.multiplyAdd(m, p0, t0, &carry)
        t0 = Limb.multiplyAdd(m, p1, t1, &carry)
        t1 = Limb.multiplyAdd(m, p2, t2, &carry)
        t2 = Limb.multiplyAdd(m, p3, t3, &carry)
        var overflow: UInt64 = 0
        t3 = Limb.add(t4, carry, &overflow)
        t4 = top + overflow
      }
      round(rhs.l0)
      round(rhs.l1)
      round(rhs.l2)
      round(rhs.l3)
      return reduced(t0, t1, t2, t3, carry: t4)
    }

    @inline(__always)
    func squared() -> Fp { self * self }

    @inline(__always)
    func doubled() -> Fp { self + self }

    /// The multiplicative inverse by Fermat's little theorem; zero maps to zero.
    func inverted() -> Fp { power(Fp.pMinusTwo) }
  }
}
