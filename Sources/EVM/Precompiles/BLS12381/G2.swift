import CBLST

/// BLS12-381's G2, over Fp2: points x ‖ y with each coordinate c0 ‖ c1, 256 bytes.
enum BLS12381G2: BLS12381Group {
  static let encodedLength = 4 * BLS12381Encoding.fieldElementLength
  static let additionGas: UInt64 = 600
  static let multiplicationGas: UInt64 = 22_500
  static let multiplicationDiscounts = MSMGas.g2Discounts

  static func decode(_ input: [UInt8], at offset: Int, inSubgroup: Bool) -> blst_p2_affine? {
    guard let x = BLS12381Encoding.extensionFieldElement(input, at: offset),
      let y = BLS12381Encoding.extensionFieldElement(input, at: offset + encodedLength / 2)
    else { return nil }
    var point = blst_p2_affine(x: x, y: y)
    guard blst_p2_affine_on_curve(&point), !inSubgroup || blst_p2_affine_in_g2(&point) else {
      return nil
    }
    return point
  }

  static func projective(_ point: blst_p2_affine) -> blst_p2 {
    var point = point
    var result = blst_p2()
    blst_p2_from_affine(&result, &point)
    return result
  }

  static func add(_ a: blst_p2, _ b: blst_p2) -> blst_p2 {
    var (a, b) = (a, b)
    var sum = blst_p2()
    blst_p2_add_or_double(&sum, &a, &b)
    return sum
  }

  static func multiply(_ point: blst_p2, by scalar: blst_scalar) -> blst_p2 {
    var (point, scalar) = (point, scalar)
    var product = blst_p2()
    withUnsafeBytes(of: &scalar.b) { blst_p2_mult(&product, &point, $0.baseAddress, 256) }
    return product
  }

  static func encode(_ point: blst_p2) -> [UInt8] {
    var point = point
    var affine = blst_p2_affine()
    blst_p2_to_affine(&affine, &point)
    return [affine.x.fp.0, affine.x.fp.1, affine.y.fp.0, affine.y.fp.1].flatMap(
      BLS12381Encoding.encode)
  }
}
