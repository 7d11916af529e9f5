/// 0x04: returns its input. Gas 15 + 3 per word.
enum Identity {
  static func run(input: [UInt8], gasLimit: UInt64) -> PrecompileOutcome {
    PrecompileGas.charge(15 + 3 * PrecompileGas.words(input.count), gasLimit: gasLimit) { input }
  }
}
