import Crypto
import Foundation
import Secp256k1Signatures
import TxrayCore
import WasmKit

extension HostFunction {
  static let math: [HostFunction] = [
    HostFunction("random_seed", [.i64]) { vm, a throws(HostError) in
      try vm.setRegister(a[0], vm.context.randomSeed)
      return []
    },
    HostFunction("sha256", [.i64, .i64, .i64]) { vm, a throws(HostError) in
      let data = try vm.readBuffer(a[0], a[1])
      try vm.burn(vm.perByte(vm.fees.host.sha256Base, vm.fees.host.sha256Byte, UInt64(data.count)))
      try vm.setRegister(a[2], NEARHash.sha256(data))
      return []
    },
    HostFunction("keccak256", [.i64, .i64, .i64]) { vm, a throws(HostError) in
      let data = try vm.readBuffer(a[0], a[1])
      try vm.burn(
        vm.perByte(vm.fees.host.keccak256Base, vm.fees.host.keccak256Byte, UInt64(data.count)))
      try vm.setRegister(a[2], Keccak256.hash(data))
      return []
    },
    // TxrayCore has Keccak-256 only; a contract that needs Keccak-512 or RIPEMD-160 is reported
    // rather than given a wrong hash.
    HostFunction("keccak512", [.i64, .i64, .i64]) { _, _ throws(HostError) in
      throw .notSimulated("not simulated: host function keccak512 is not implemented")
    },
    HostFunction("ripemd160", [.i64, .i64, .i64]) { _, _ throws(HostError) in
      throw .notSimulated("not simulated: host function ripemd160 is not implemented")
    },
    // Returns 1 and the 64-byte public key in the register, or 0 when nothing is recovered.
    // With `malleability_flag` set, s must be in the lower half of the curve order (EIP-2).
    HostFunction("ecrecover", [.i64, .i64, .i64, .i64, .i64, .i64, .i64], [.i64]) {
      vm, a throws(HostError) in
      try vm.burn(vm.fees.host.ecrecoverBase)
      let hash = try vm.readBuffer(a[0], a[1])
      let signature = try vm.readBuffer(a[2], a[3])
      guard hash.count == 32 else { throw .failure("ECRecoverError: invalid hash length") }
      guard signature.count == 64 else {
        throw .failure("ECRecoverError: invalid signature length")
      }
      guard a[4] < 4 else { throw .failure("ECRecoverError: invalid V") }
      if a[5] != 0 {
        let s = UInt256(bigEndianBytes: signature[32...]) ?? .zero
        if s > Secp256k1.order >> 1 { return [.i64(0)] }
      }
      guard
        let key = Secp256k1.shared.recoverPublicKey(
          digest: hash, compactSignature: signature, recoveryId: Int32(a[4]))
      else { return [.i64(0)] }
      try vm.setRegister(a[6], key)
      return [.i64(1)]
    },
    HostFunction("ed25519_verify", [.i64, .i64, .i64, .i64, .i64, .i64], [.i64]) {
      vm, a throws(HostError) in
      let signature = try vm.readBuffer(a[0], a[1])
      guard signature.count == 64 else { throw .failure("Ed25519VerifyInvalidInput: signature") }
      let message = try vm.readBuffer(a[2], a[3])
      try vm.burn(
        vm.perByte(
          vm.fees.host.ed25519VerifyBase, vm.fees.host.ed25519VerifyByte, UInt64(message.count)))
      let publicKey = try vm.readBuffer(a[4], a[5])
      guard publicKey.count == 32 else {
        throw .failure("Ed25519VerifyInvalidInput: public key")
      }
      guard let key = try? Curve25519.Signing.PublicKey(rawRepresentation: publicKey) else {
        return [.i64(0)]
      }
      return [.i64(key.isValidSignature(Data(signature), for: Data(message)) ? 1 : 0)]
    },
  ]
}
