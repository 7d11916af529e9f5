import TxrayCore

/// EIP-4844 blob gas pricing.
enum BlobGas {
  static let perBlob: UInt64 = Transaction.gasPerBlob
  static let minimumPrice: UInt256 = 1
  /// A versioned hash must start with this byte (VERSIONED_HASH_VERSION_KZG).
  static let kzgVersion: UInt8 = 0x01

  /// The blob base fee: fake_exponential(1, excessBlobGas, updateFraction), saturating at
  /// 2²⁵⁶−1 for absurd excess values.
  static func price(excessBlobGas: UInt64, updateFraction: UInt64) -> UInt256 {
    let denominator = UInt256(updateFraction)
    let numerator = UInt256(excessBlobGas)
    var output = UInt256.zero
    var accumulator = minimumPrice * denominator
    var i: UInt64 = 1
    while !accumulator.isZero {
      let (sum, sumOverflow) = output.addingReportingOverflow(accumulator)
      let (product, productOverflow) = accumulator.multipliedReportingOverflow(by: numerator)
      let (divisor, divisorOverflow) = denominator.multipliedReportingOverflow(by: UInt256(i))
      if sumOverflow || productOverflow || divisorOverflow { return .max }
      output = sum
      accumulator = product / divisor
      i += 1
    }
    return output / denominator
  }
}
