import Foundation
import Testing
import TxrayCore

@testable import NEAR

/// Hashes and signature checks called on a VMLogic, against the vectors of nearcore's own
/// `logic/tests/miscs.rs` and `ed25519_verify.rs`, gas against `parameters.snap`. These charge
/// their own base cost, not `wasm_base`.
@Suite struct MathHostTests {
  typealias H = HostHarness

  /// nearcore's input for its hash tests and the digests it expects.
  static let input = Array("tesdsst".utf8)
  static let sha256: [UInt8] = [
    18, 176, 115, 156, 45, 100, 241, 132, 180, 134, 77, 42, 105, 111, 199, 127, 118, 112,
    92, 255, 88, 43, 83, 147, 122, 55, 26, 36, 42, 156, 160, 158,
  ]
  static let keccak256: [UInt8] = [
    104, 110, 58, 122, 230, 181, 215, 145, 231, 229, 49, 162, 123, 167, 177, 58, 26, 142,
    129, 173, 7, 37, 9, 26, 233, 115, 64, 102, 61, 85, 10, 159,
  ]

  /// nearcore's `ed25519_verify` test key, message and signature.
  static let signature: [UInt8] = [
    145, 193, 203, 18, 114, 227, 14, 117, 33, 213, 121, 66, 130, 14, 25, 4, 36, 120, 46, 142, 226,
    215, 7, 66, 122, 112, 97, 30, 249, 135, 61, 165, 221, 249, 252, 23, 105, 40, 56, 70, 31, 152,
    236, 141, 154, 122, 207, 20, 75, 118, 79, 90, 168, 6, 221, 122, 213, 29, 126, 196, 216, 104,
    191, 6,
  ]
  static let publicKey: [UInt8] = [
    32, 122, 6, 120, 146, 130, 30, 37, 215, 112, 241, 251, 160, 196, 124, 17, 255, 75, 129, 62, 84,
    22, 46, 206, 158, 184, 57, 224, 118, 35, 26, 182,
  ]
  static let message: [UInt8] = [
    107, 97, 106, 100, 108, 102, 107, 106, 97, 108, 107, 102, 106, 97, 107, 108, 102, 106, 100,
    107, 108, 97, 100, 106, 102, 107, 108, 106, 97, 100, 115, 107,
  ]

  @Test func sha256AndKeccak256MatchNearcoreAndItsCosts() throws {
    let h = try HostHarness()
    h.put(Self.input, at: 0)
    let sha = try h.measure("sha256", 7, 0, 1)
    #expect(h.vm.registers[1] == Self.sha256)
    #expect(
      sha.gas
        == H.snap("wasm_sha256_base") + 7 * H.snap("wasm_sha256_byte") + H.memoryRead(7)
        + H.registerWrite(32))

    let keccak = try h.measure("keccak256", 7, 0, 2)
    #expect(h.vm.registers[2] == Self.keccak256)
    #expect(
      keccak.gas
        == H.snap("wasm_keccak256_base") + 7 * H.snap("wasm_keccak256_byte") + H.memoryRead(7)
        + H.registerWrite(32))

    // A register as input (length u64::MAX), as nearcore's `test_hash256_register`.
    let fromRegister = try h.measure("sha256", .max, 1, 3)
    #expect(h.vm.registers[3] == NEARHash.sha256(Self.sha256))
    #expect(
      fromRegister.gas
        == H.snap("wasm_sha256_base") + 32 * H.snap("wasm_sha256_byte") + H.registerRead(32)
        + H.registerWrite(32))
  }

  @Test func ed25519VerifyAcceptsNearcoresSignatureAtItsCost() throws {
    let h = try HostHarness()
    h.put(Self.signature, at: 0)
    h.put(Self.message, at: 100)
    h.put(Self.publicKey, at: 200)
    let valid = try h.measure("ed25519_verify", 64, 0, 32, 100, 32, 200)
    #expect(valid.result == 1)
    #expect(
      valid.gas
        == H.snap("wasm_ed25519_verify_base") + 32 * H.snap("wasm_ed25519_verify_byte")
        + 3 * H.snap("wasm_read_memory_base") + 128 * H.snap("wasm_read_memory_byte"))

    h.put(Array(repeating: 1, count: 64), at: 300)
    #expect(try h.call("ed25519_verify", 64, 300, 32, 100, 32, 200) == 0)
  }

  @Test func ed25519VerifyRefusesWrongLengthsWithNearcoresMessages() throws {
    let h = try HostHarness()
    h.put(Self.signature, at: 0)
    let short = try #require(h.error(calling: "ed25519_verify", 63, 0, 32, 100, 32, 200))
    #expect(short == .ed25519VerifyInvalidInput("invalid signature length"))
    #expect(short.message == "ED25519 signature verification error: invalid signature length")
    // Only the base and the 63 bytes read, as nearcore's test counts.
    #expect(h.vm.gasBurnt == H.snap("wasm_ed25519_verify_base") + H.memoryRead(63))

    let key = h.error(calling: "ed25519_verify", 64, 0, 32, 100, 31, 200)
    #expect(key?.message == "ED25519 signature verification error: invalid public key length")
  }

  /// The valid case of the EVM precompile vectors (`ecrecover valid 0`): EVM input is
  /// hash ‖ v ‖ r ‖ s, 32 bytes each, and the output the signer's address.
  static func evmRecoverVector() throws -> (hash: [UInt8], v: UInt64, rs: [UInt8], address: [UInt8])
  {
    let url = NEARVector.packageRoot.appendingPathComponent(
      "Tests/EVMTests/Fixtures/precompiles/ecrecover.json")
    let vectors = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [[String: Any]]
    let vector = try #require(vectors?.first { $0["name"] as? String == "ecrecover valid 0" })
    let input = try Hex.decode(try #require(vector["input"] as? String))
    let output = try Hex.decode(try #require(vector["output"] as? String))
    return (
      Array(input[0..<32]), UInt64(input[63]) - 27, Array(input[64..<128]), Array(output[12...])
    )
  }

  @Test func ecrecoverRecoversTheSignerOfAnEVMVectorAtItsCost() throws {
    let vector = try Self.evmRecoverVector()
    let h = try HostHarness()
    h.put(vector.hash, at: 0)
    h.put(vector.rs, at: 100)
    let recovered = try h.measure("ecrecover", 32, 0, 64, 100, vector.v, 0, 1)
    #expect(recovered.result == 1)
    let key = try #require(h.vm.registers[1])
    #expect(Array(Keccak256.hash(key).suffix(20)) == vector.address)
    #expect(
      recovered.gas
        == H.snap("wasm_ecrecover_base") + H.memoryRead(64) + H.memoryRead(32) + H.registerWrite(64)
    )
  }

  @Test func ecrecoverRefusesBadInputWithNearcoresMessages() throws {
    let h = try HostHarness()
    let shortSignature = h.error(calling: "ecrecover", 32, 0, 10, 100, 0, 0, 1)
    #expect(
      shortSignature?.message
        == "ECDSA recover error: The length of the signature: 10, exceeds the limit of 64 bytes")
    #expect(h.vm.gasBurnt == H.snap("wasm_ecrecover_base") + H.memoryRead(10))

    let badV = h.error(calling: "ecrecover", 32, 0, 64, 100, 4, 0, 1)
    #expect(badV == .ecRecoverError("V recovery byte 0 through 3 are valid but was provided 4"))
    let shortHash = h.error(calling: "ecrecover", 31, 0, 64, 100, 0, 0, 1)
    #expect(
      shortHash?.message
        == "ECDSA recover error: The length of the hash: 31, exceeds the limit of 32 bytes")
    let badFlag = h.error(calling: "ecrecover", 32, 0, 64, 100, 0, 2, 1)
    #expect(
      badFlag?.message
        == "ECDSA recover error: Malleability flag needs to be 0 or 1, but is instead 2")
  }

  @Test func hashesTxrayCannotComputeAreNotSimulated() throws {
    let h = try HostHarness()
    #expect(
      h.error(calling: "keccak512", 7, 0, 1)
        == .notSimulated("not simulated: host function keccak512 is not implemented"))
    #expect(h.vm.gasBurnt == 0)
  }

  @Test func randomSeedGoesToTheRegister() throws {
    let h = try HostHarness()
    let seed = try h.measure("random_seed", 4)
    #expect(h.vm.registers[4] == Array(repeating: 9, count: 32))
    #expect(seed.gas == H.snap("wasm_base") + H.registerWrite(32))
  }
}
