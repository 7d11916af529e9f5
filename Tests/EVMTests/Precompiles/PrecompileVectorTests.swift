import EVM
import Foundation
import Testing
import TxrayCore

/// Checks every precompile against vectors from scripts/gen-precompile-vectors.py: outputs from
/// independent libraries (hashlib, pycryptodome, coincurve, cryptography, py_ecc, ckzg's Python
/// binding, Python's pow), gas and verdicts from the Ethereum execution specification.
@Suite struct PrecompileVectorTests {
  struct Vector {
    var name: String
    var address: Address
    var fork: Fork
    var input: [UInt8]
    var gasLimit: UInt64
    var expected: PrecompileOutcome
  }

  static func vectors(_ file: String) throws -> [Vector] {
    let url = try #require(
      Bundle.module.url(
        forResource: file, withExtension: "json", subdirectory: "Fixtures/precompiles"))
    let list = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [[String: Any]])
    return try list.map { item in
      let addressNumber = try #require(
        UInt16((item["address"] as? String ?? "").dropFirst(2), radix: 16))
      let address = try #require(
        Address(
          bytes: [UInt8](repeating: 0, count: 18) + [
            UInt8(addressNumber >> 8), UInt8(addressNumber & 0xff),
          ]))
      let success = try #require(item["success"] as? Bool)
      let gasUsed = try #require(item["gasUsed"] as? UInt64)
      let output = try Hex.decode(try #require(item["output"] as? String))
      return Vector(
        name: try #require(item["name"] as? String), address: address,
        fork: try #require(Fork(name: item["fork"] as? String ?? "")),
        input: try Hex.decode(try #require(item["input"] as? String)),
        gasLimit: try #require(item["gasLimit"] as? UInt64),
        expected: success ? .success(gasUsed: gasUsed, output: output) : .failure)
    }
  }

  @Test(arguments: [
    "ecrecover", "sha256", "ripemd160", "identity", "modexp", "bn254add", "bn254mul",
    "bn254pairing", "blake2f", "p256verify", "pointevaluation", "bls12g1add", "bls12g1msm",
    "bls12g2add", "bls12g2msm", "bls12pairing", "bls12mapfptog1", "bls12mapfp2tog2",
  ])
  func matchesTheSpecification(file: String) throws {
    let vectors = try Self.vectors(file)
    #expect(vectors.count >= 10)
    for vector in vectors {
      let outcome = Precompiles.run(
        vector.address, input: vector.input, gasLimit: vector.gasLimit, fork: vector.fork)
      #expect(outcome == vector.expected, "\(vector.name)")
    }
  }
}
