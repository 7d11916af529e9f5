import EVM
import Testing
import TxrayCore

/// Inputs built to make a precompile trap, allocate without bound or run without bound: each
/// must end in a result (usually `.failure`, all gas lost) quickly.
@Suite struct PrecompileHostileInputTests {
  static func word(_ value: UInt64, high: UInt8 = 0) -> [UInt8] {
    var bytes = [UInt8](repeating: 0, count: 32)
    bytes[0] = high
    for index in 0..<8 { bytes[31 - index] = UInt8(truncatingIfNeeded: value >> (8 * index)) }
    return bytes
  }

  static let modexp = PrecompileAddressTests.address(5)

  @Test func modexpLengthsBeyondAnyGasFailEvenWithUnlimitedGas() {
    let maximal = [UInt8](repeating: 0xff, count: 32)
    for fork in [Fork.byzantium, .berlin, .osaka] {
      for input in [
        maximal + Self.word(1) + Self.word(1), Self.word(1) + maximal + Self.word(1),
        Self.word(1) + Self.word(1) + maximal, Self.word(0, high: 1) + Self.word(1) + Self.word(1),
        Self.word(1 << 40) + Self.word(1 << 40) + Self.word(1 << 40),
      ] {
        #expect(
          Precompiles.run(Self.modexp, input: input, gasLimit: .max, fork: fork) == .failure,
          "\(fork)")
      }
    }
  }

  @Test func modexpHugeExponentLengthWithEmptyModulusCostsTheMinimum() {
    // Zero-length base and modulus make the exponent's length free (complexity zero) before
    // Osaka; from Osaka the 1024-byte bound rejects it.
    let input = Self.word(0) + [UInt8](repeating: 0xff, count: 32) + Self.word(0)
    #expect(
      Precompiles.run(Self.modexp, input: input, gasLimit: 1000, fork: .berlin)
        == .success(gasUsed: 200, output: []))
    #expect(Precompiles.run(Self.modexp, input: input, gasLimit: 1000, fork: .osaka) == .failure)
  }

  @Test func blake2fWithMaximalRoundsIsBoundedByGas() {
    var input = [UInt8](repeating: 0, count: 213)
    input[0...3] = [0xff, 0xff, 0xff, 0xff]
    let blake2f = PrecompileAddressTests.address(9)
    #expect(
      Precompiles.run(blake2f, input: input, gasLimit: 30_000_000, fork: .osaka) == .failure)
  }

  @Test func bn254PairingInputNotAMultipleOf192Fails() {
    let pairing = PrecompileAddressTests.address(8)
    for length in [1, 191, 193, 383] {
      #expect(
        Precompiles.run(
          pairing, input: [UInt8](repeating: 0xff, count: length), gasLimit: 10_000_000,
          fork: .osaka) == .failure)
    }
  }

  @Test func randomInputsNeverTrap() {
    var generator = SeededGenerator(seed: 4)
    for number in Array(UInt16(1)...0x11) + [0x100] {
      for _ in 0..<20 {
        let length = Int.random(in: 0...300, using: &generator)
        let input = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
        _ = Precompiles.run(
          PrecompileAddressTests.address(number), input: input, gasLimit: 200_000, fork: .osaka)
      }
    }
  }
}
