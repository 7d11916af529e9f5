/// Reading precompile input the way the EVM does: bytes past the end of the input read as zero.
extension Array where Element == UInt8 {
  /// `count` bytes starting at `offset`, zero-filled where the input ends early.
  func zeroPadded(from offset: Int, count: Int) -> [UInt8] {
    var bytes = [UInt8](repeating: 0, count: count)
    guard offset < self.count else { return bytes }
    let available = Swift.min(count, self.count - offset)
    for index in 0..<available {
      bytes[index] = self[offset + index]
    }
    return bytes
  }
}

/// Gas arithmetic shared by the precompiles.
enum PrecompileGas {
  /// The number of 32-byte words needed to hold `length` bytes, rounded up.
  static func words(_ length: Int) -> UInt64 {
    (UInt64(length) + 31) / 32
  }

  /// `.success` with `output` when `cost` fits in `gasLimit`, `.failure` otherwise; the output is
  /// only computed when the gas suffices.
  static func charge(
    _ cost: UInt64, gasLimit: UInt64, output: () -> [UInt8]
  ) -> PrecompileOutcome {
    guard cost <= gasLimit else { return .failure }
    return .success(gasUsed: cost, output: output())
  }
}
