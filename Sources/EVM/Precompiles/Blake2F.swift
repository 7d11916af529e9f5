/// 0x09: the BLAKE2b compression function F with a caller-chosen number of rounds (EIP-152).
///
/// Input is exactly 213 bytes: rounds (4 bytes, big-endian) ‖ h (8 × 8) ‖ m (16 × 8) ‖ t (2 × 8)
/// ‖ f (1 byte, 0 or 1), words little-endian. Any other length or final flag fails. Gas is one
/// per round; output is the new h (64 bytes).
enum Blake2F {
  static func run(input: [UInt8], gasLimit: UInt64) -> PrecompileOutcome {
    guard input.count == 213, input[212] <= 1 else { return .failure }
    let rounds =
      UInt32(input[0]) << 24 | UInt32(input[1]) << 16 | UInt32(input[2]) << 8 | UInt32(input[3])
    return PrecompileGas.charge(UInt64(rounds), gasLimit: gasLimit) {
      compress(input: input, rounds: rounds)
    }
  }

  private static func compress(input: [UInt8], rounds: UInt32) -> [UInt8] {
    func word(_ offset: Int) -> UInt64 {
      var value: UInt64 = 0
      for index in (0..<8).reversed() { value = value << 8 | UInt64(input[offset + index]) }
      return value
    }
    var h = (0..<8).map { word(4 + 8 * $0) }
    let m = (0..<16).map { word(68 + 8 * $0) }
    var v = h + initializationVector
    v[12] ^= word(196)
    v[13] ^= word(204)
    if input[212] == 1 { v[14] = ~v[14] }
    v.withUnsafeMutableBufferPointer { v in
      m.withUnsafeBufferPointer { m in
        sigma.withUnsafeBufferPointer { sigma in
          for round in 0..<Int(rounds) {
            let s = 16 * (round % 10)
            mix(v, 0, 4, 8, 12, m[sigma[s]], m[sigma[s + 1]])
            mix(v, 1, 5, 9, 13, m[sigma[s + 2]], m[sigma[s + 3]])
            mix(v, 2, 6, 10, 14, m[sigma[s + 4]], m[sigma[s + 5]])
            mix(v, 3, 7, 11, 15, m[sigma[s + 6]], m[sigma[s + 7]])
            mix(v, 0, 5, 10, 15, m[sigma[s + 8]], m[sigma[s + 9]])
            mix(v, 1, 6, 11, 12, m[sigma[s + 10]], m[sigma[s + 11]])
            mix(v, 2, 7, 8, 13, m[sigma[s + 12]], m[sigma[s + 13]])
            mix(v, 3, 4, 9, 14, m[sigma[s + 14]], m[sigma[s + 15]])
          }
        }
      }
    }
    var output: [UInt8] = []
    output.reserveCapacity(64)
    for index in 0..<8 {
      h[index] ^= v[index] ^ v[index + 8]
      for shift in stride(from: 0, to: 64, by: 8) {
        output.append(UInt8(truncatingIfNeeded: h[index] >> UInt64(shift)))
      }
    }
    return output
  }

  /// The mixing function G.
  @inline(__always)
  private static func mix(
    _ v: UnsafeMutableBufferPointer<UInt64>, _ a: Int, _ b: Int, _ c: Int, _ d: Int,
    _ x: UInt64, _ y: UInt64
  ) {
    v[a] = v[a] &+ v[b] &+ x
    v[d] = (v[d] ^ v[a]).rotatedRight(32)
    v[c] = v[c] &+ v[d]
    v[b] = (v[b] ^ v[c]).rotatedRight(24)
    v[a] = v[a] &+ v[b] &+ y
    v[d] = (v[d] ^ v[a]).rotatedRight(16)
    v[c] = v[c] &+ v[d]
    v[b] = (v[b] ^ v[c]).rotatedRight(63)
  }

  /// BLAKE2b's IV, the SHA-512 initial hash values.
  private static let initializationVector: [UInt64] = [
    0x6a09_e667_f3bc_c908, 0xbb67_ae85_84ca_a73b, 0x3c6e_f372_fe94_f82b, 0xa54f_f53a_5f1d_36f1,
    0x510e_527f_ade6_82d1, 0x9b05_688c_2b3e_6c1f, 0x1f83_d9ab_fb41_bd6b, 0x5be0_cd19_137e_2179,
  ]

  /// The message word schedule, ten rows of sixteen; round r uses row r mod 10.
  private static let sigma: [Int] = [
    0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
    14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3,
    11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4,
    7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8,
    9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13,
    2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9,
    12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11,
    13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10,
    6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5,
    10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0,
  ]
}

extension UInt64 {
  fileprivate func rotatedRight(_ count: UInt64) -> UInt64 {
    (self >> count) | (self << (64 - count))
  }
}
