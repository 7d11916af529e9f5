import Crypto
import EVM
import Testing
import TxrayCore

/// Which addresses hold a precompile at which fork, and the point evaluation's verdicts.
@Suite struct PrecompileAddressTests {
  static func address(_ number: UInt16) -> Address {
    Address(bytes: [UInt8](repeating: 0, count: 18) + [UInt8(number >> 8), UInt8(number & 0xff)])
      ?? Address(bytes: [UInt8](repeating: 0, count: 20))!
  }

  @Test func eachForkActivatesItsPrecompiles() {
    let expected: [(Fork, [UInt16])] = [
      (.frontier, Array(1...4)), (.homestead, Array(1...4)), (.byzantium, Array(1...8)),
      (.istanbul, Array(1...9)), (.berlin, Array(1...9)), (.shanghai, Array(1...9)),
      (.cancun, Array(1...10)), (.prague, Array(1...17)), (.osaka, Array(1...17) + [0x100]),
    ]
    for (fork, numbers) in expected {
      #expect(Precompiles.addresses(fork: fork) == numbers.map(Self.address), "\(fork)")
      for number in UInt16(0)...0x101 {
        #expect(
          Precompiles.isPrecompile(Self.address(number), fork: fork) == numbers.contains(number),
          "\(fork) \(number)")
      }
    }
  }

  @Test func anAddressWithoutAPrecompileFails() {
    #expect(
      Precompiles.run(Self.address(0x0a), input: [], gasLimit: 100_000, fork: .shanghai) == .failure
    )
    #expect(
      Precompiles.run(Self.address(0x12), input: [], gasLimit: 100_000, fork: .osaka) == .failure)
  }

  @Test func pointEvaluationChecksGasHashAndProof() {
    // The commitment and the proof at infinity commit to the zero polynomial: its value is 0
    // at every z, and nothing else.
    #expect(
      Precompiles.run(Self.address(0x0a), input: [], gasLimit: 100_000, fork: .cancun) == .failure)
    var commitment = [UInt8](repeating: 0, count: 48)
    commitment[0] = 0xc0  // the compressed point at infinity
    var input = Array(SHA256.hash(data: commitment))
    input[0] = 0x01
    input += [UInt8](repeating: 0x11, count: 32) + [UInt8](repeating: 0, count: 32)
    input += commitment + commitment
    #expect(
      Precompiles.run(Self.address(0x0a), input: input, gasLimit: 49_999, fork: .cancun)
        == .failure)
    let fieldElementsPerBlob = [UInt8](repeating: 0, count: 30) + [0x10, 0]
    let blsModulus = try! Hex.decode(
      "73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff00000001")
    #expect(
      Precompiles.run(Self.address(0x0a), input: input, gasLimit: 100_000, fork: .cancun)
        == .success(gasUsed: 50_000, output: fieldElementsPerBlob + blsModulus))
    var wrongValue = input
    wrongValue[95] = 1
    #expect(
      Precompiles.run(Self.address(0x0a), input: wrongValue, gasLimit: 100_000, fork: .cancun)
        == .failure)
    var wrongHash = input
    wrongHash[31] ^= 1
    #expect(
      Precompiles.run(Self.address(0x0a), input: wrongHash, gasLimit: 100_000, fork: .cancun)
        == .failure)
  }
}
