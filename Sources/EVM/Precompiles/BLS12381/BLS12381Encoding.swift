import CBLST
import TxrayCore

/// EIP-2537's encodings of BLS12-381 values, read into and written from blst's types.
///
/// A base-field element is 64 bytes: 16 zero bytes, then the value big-endian, which must be
/// below p. A G1 point is x ‖ y (128 bytes), a G2 point x ‖ y with each coordinate c0 ‖ c1
/// (256 bytes); the point at infinity is all zeros, which is also how blst writes it in affine
/// form. A scalar is 32 bytes big-endian and may exceed the group order.
enum BLS12381Encoding {
  static let fieldElementLength = 64
  static let g1Length = 128
  static let g2Length = 256
  static let scalarLength = 32

  /// The base field's modulus p, 48 bytes big-endian.
  private static let modulus = try! Hex.decode(
    "1a0111ea397fe69a4b1ba7b6434bacd764774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaaab"
  )

  /// The element at `offset`, or nil when its top 16 bytes are not zero or it is not below p.
  static func fieldElement(_ input: [UInt8], at offset: Int) -> blst_fp? {
    let value = input[(offset + 16)..<(offset + fieldElementLength)]
    guard input[offset..<(offset + 16)].allSatisfy({ $0 == 0 }),
      value.lexicographicallyPrecedes(modulus)
    else { return nil }
    var element = blst_fp()
    Array(value).withUnsafeBufferPointer { blst_fp_from_bendian(&element, $0.baseAddress) }
    return element
  }

  /// c0 ‖ c1 at `offset`.
  static func extensionFieldElement(_ input: [UInt8], at offset: Int) -> blst_fp2? {
    guard let c0 = fieldElement(input, at: offset),
      let c1 = fieldElement(input, at: offset + fieldElementLength)
    else { return nil }
    return blst_fp2(fp: (c0, c1))
  }

  /// The G1 point at `offset`: on the curve (infinity included), and in the prime-order
  /// subgroup when `inSubgroup` — the multiplications and the pairing need it, addition not.
  static func g1(_ input: [UInt8], at offset: Int, inSubgroup: Bool) -> blst_p1_affine? {
    guard let x = fieldElement(input, at: offset),
      let y = fieldElement(input, at: offset + fieldElementLength)
    else { return nil }
    var point = blst_p1_affine(x: x, y: y)
    guard blst_p1_affine_on_curve(&point), !inSubgroup || blst_p1_affine_in_g1(&point) else {
      return nil
    }
    return point
  }

  /// The G2 point at `offset`, under the same rules as `g1`.
  static func g2(_ input: [UInt8], at offset: Int, inSubgroup: Bool) -> blst_p2_affine? {
    guard let x = extensionFieldElement(input, at: offset),
      let y = extensionFieldElement(input, at: offset + 2 * fieldElementLength)
    else { return nil }
    var point = blst_p2_affine(x: x, y: y)
    guard blst_p2_affine_on_curve(&point), !inSubgroup || blst_p2_affine_in_g2(&point) else {
      return nil
    }
    return point
  }

  /// The scalar at `offset` in blst's form (little-endian bytes), for 256-bit multiplication.
  static func scalar(_ input: [UInt8], at offset: Int) -> blst_scalar {
    var scalar = blst_scalar()
    Array(input[offset..<(offset + scalarLength)]).withUnsafeBufferPointer {
      blst_scalar_from_bendian(&scalar, $0.baseAddress)
    }
    return scalar
  }

  static func encode(_ point: blst_p1) -> [UInt8] {
    var point = point
    var affine = blst_p1_affine()
    blst_p1_to_affine(&affine, &point)
    return encode(affine.x) + encode(affine.y)
  }

  static func encode(_ point: blst_p2) -> [UInt8] {
    var point = point
    var affine = blst_p2_affine()
    blst_p2_to_affine(&affine, &point)
    return encode(affine.x.fp.0) + encode(affine.x.fp.1) + encode(affine.y.fp.0)
      + encode(affine.y.fp.1)
  }

  private static func encode(_ element: blst_fp) -> [UInt8] {
    var element = element
    var bytes = [UInt8](repeating: 0, count: fieldElementLength)
    bytes.withUnsafeMutableBufferPointer { blst_bendian_from_fp($0.baseAddress! + 16, &element) }
    return bytes
  }
}
