import Crypto

/// 0x02: the SHA-256 digest of the input. Gas 60 + 12 per word.
enum SHA256Precompile {
  static func run(input: [UInt8], gasLimit: UInt64) -> PrecompileOutcome {
    PrecompileGas.charge(60 + 12 * PrecompileGas.words(input.count), gasLimit: gasLimit) {
      Array(SHA256.hash(data: input))
    }
  }
}
