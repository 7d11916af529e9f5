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

  /// The scalar at `offset` in blst's form (little-endian bytes), for 256-bit multiplication.
  static func scalar(_ input: [UInt8], at offset: Int) -> blst_scalar {
    var scalar = blst_scalar()
    Array(input[offset..<(offset + scalarLength)]).withUnsafeBufferPointer {
      blst_scalar_from_bendian(&scalar, $0.baseAddress)
    }
    return scalar
  }

  /// 16 zero bytes, then the element big-endian.
  static func encode(_ element: blst_fp) -> [UInt8] {
    var element = element
    var bytes = [UInt8](repeating: 0, count: fieldElementLength)
    bytes.withUnsafeMutableBufferPointer { blst_bendian_from_fp($0.baseAddress! + 16, &element) }
    return bytes
  }
}
