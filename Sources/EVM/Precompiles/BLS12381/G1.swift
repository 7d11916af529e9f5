import CBLST

/// BLS12-381's G1, over the base field: points x ‖ y, 128 bytes.
enum BLS12381G1: BLS12381Group {
  static let encodedLength = 2 * BLS12381Encoding.fieldElementLength
  static let additionGas: UInt64 = 375
  static let multiplicationGas: UInt64 = 12_000
  static let multiplicationDiscounts = MSMGas.g1Discounts

  static func decode(_ input: [UInt8], at offset: Int, inSubgroup: Bool) -> blst_p1_affine? {
    guard let x = BLS12381Encoding.fieldElement(input, at: offset),
      let y = BLS12381Encoding.fieldElement(input, at: offset + encodedLength / 2)
    else { return nil }
    var point = blst_p1_affine(x: x, y: y)
    guard blst_p1_affine_on_curve(&point), !inSubgroup || blst_p1_affine_in_g1(&point) else {
      return nil
    }
    return point
  }

  static func projective(_ point: blst_p1_affine) -> blst_p1 {
    var point = point
    var result = blst_p1()
    blst_p1_from_affine(&result, &point)
    return result
  }

  static func add(_ a: blst_p1, _ b: blst_p1) -> blst_p1 {
    var (a, b) = (a, b)
    var sum = blst_p1()
    blst_p1_add_or_double(&sum, &a, &b)
    return sum
  }

  static func multiply(_ point: blst_p1, by scalar: blst_scalar) -> blst_p1 {
    var (point, scalar) = (point, scalar)
    var product = blst_p1()
    withUnsafeBytes(of: &scalar.b) { blst_p1_mult(&product, &point, $0.baseAddress, 256) }
    return product
  }

  static func encode(_ point: blst_p1) -> [UInt8] {
    var point = point
    var affine = blst_p1_affine()
    blst_p1_to_affine(&affine, &point)
    return BLS12381Encoding.encode(affine.x) + BLS12381Encoding.encode(affine.y)
  }
}
