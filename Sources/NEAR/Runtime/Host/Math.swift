import Crypto
import Foundation
import Secp256k1Signatures
import TxrayCore
import WasmKit

extension HostFunction {
  static let math: [HostFunction] = [
    /// Costs base + write_register_base + 32 × write_register_byte.
    HostFunction("random_seed", ["register_id"]) { vm, a throws(HostError) in
      try vm.setRegister(a.register_id, vm.context.randomSeed)
      return []
    },
    /// Costs sha256_base + input bytes × sha256_byte + reading the input + write_register_base +
    /// 32 × write_register_byte (no wasm_base).
    HostFunction("sha256", ["value_len", "value_ptr", "register_id"], chargesBase: false) {
      vm, a throws(HostError) in
      try vm.burn(vm.fees.host.sha256Base)
      let value = try vm.readBuffer(a.value_len, a.value_ptr)
      try vm.burn(vm.fees.host.sha256Byte &* UInt64(value.count))
      try vm.setRegister(a.register_id, NEARHash.sha256(value))
      return []
    },
    /// Costs keccak256_base + input bytes × keccak256_byte + reading the input +
    /// write_register_base + 32 × write_register_byte (no wasm_base).
    HostFunction("keccak256", ["value_len", "value_ptr", "register_id"], chargesBase: false) {
      vm, a throws(HostError) in
      try vm.burn(vm.fees.host.keccak256Base)
      let value = try vm.readBuffer(a.value_len, a.value_ptr)
      try vm.burn(vm.fees.host.keccak256Byte &* UInt64(value.count))
      try vm.setRegister(a.register_id, Keccak256.hash(value))
      return []
    },
    // TxrayCore has Keccak-256 only; a contract that needs Keccak-512 or RIPEMD-160 is reported
    // rather than given a wrong hash.
    /// Not simulated; nearcore costs keccak512_base + bytes × keccak512_byte + the read and write.
    HostFunction("keccak512", ["value_len", "value_ptr", "register_id"], chargesBase: false) {
      _, _ throws(HostError) in
      throw .notSimulated("not simulated: host function keccak512 is not implemented")
    },
    /// Not simulated; nearcore costs ripemd160_base + blocks × ripemd160_block + the read and
    /// write.
    HostFunction("ripemd160", ["value_len", "value_ptr", "register_id"], chargesBase: false) {
      _, _ throws(HostError) in
      throw .notSimulated("not simulated: host function ripemd160 is not implemented")
    },
    /// Costs ecrecover_base + reading the signature and hash + write_register_base + 64 ×
    /// write_register_byte when a key is recovered (no wasm_base). Returns 1 and the 64-byte
    /// public key in the register, or 0 when nothing is recovered; with `malleability_flag` 1,
    /// s must be in the lower half of the curve order (EIP-2).
    HostFunction(
      "ecrecover",
      ["hash_len", "hash_ptr", "sig_len", "sig_ptr", "v", "malleability_flag", "register_id"],
      returns: [.i64], chargesBase: false
    ) { vm, a throws(HostError) in
      try vm.burn(vm.fees.host.ecrecoverBase)
      let signature = try vm.readBuffer(a.sig_len, a.sig_ptr)
      guard signature.count == 64 else {
        throw .ecRecoverError(
          "The length of the signature: \(signature.count), exceeds the limit of 64 bytes")
      }
      let v = try a.v
      guard v < 4 else {
        throw .ecRecoverError("V recovery byte 0 through 3 are valid but was provided \(v)")
      }
      let hash = try vm.readBuffer(a.hash_len, a.hash_ptr)
      guard hash.count == 32 else {
        throw .ecRecoverError(
          "The length of the hash: \(hash.count), exceeds the limit of 32 bytes")
      }
      let malleabilityFlag = try a.malleability_flag
      guard malleabilityFlag <= 1 else {
        throw .ecRecoverError(
          "Malleability flag needs to be 0 or 1, but is instead \(malleabilityFlag)")
      }
      if malleabilityFlag == 1 {
        let s = UInt256(bigEndianBytes: signature[32...]) ?? .zero
        if s > Secp256k1.order >> 1 { return [.i64(0)] }
      }
      guard
        let key = Secp256k1.shared.recoverPublicKey(
          digest: hash, compactSignature: signature, recoveryId: Int32(v))
      else { return [.i64(0)] }
      try vm.setRegister(a.register_id, key)
      return [.i64(1)]
    },
    /// Costs ed25519_verify_base + message bytes × ed25519_verify_byte + reading the signature,
    /// message and key (no wasm_base).
    HostFunction(
      "ed25519_verify",
      [
        "signature_len", "signature_ptr", "message_len", "message_ptr", "public_key_len",
        "public_key_ptr",
      ], returns: [.i64], chargesBase: false
    ) { vm, a throws(HostError) in
      try vm.burn(vm.fees.host.ed25519VerifyBase)
      let signature = try vm.readBuffer(a.signature_len, a.signature_ptr)
      guard signature.count == 64 else {
        throw .ed25519VerifyInvalidInput("invalid signature length")
      }
      // nearcore refuses a signature whose top three bits are set before reading the message.
      if signature[63] & 0b1110_0000 != 0 { return [.i64(0)] }
      let message = try vm.readBuffer(a.message_len, a.message_ptr)
      try vm.burn(vm.fees.host.ed25519VerifyByte &* UInt64(message.count))
      let publicKey = try vm.readBuffer(a.public_key_len, a.public_key_ptr)
      guard publicKey.count == 32 else {
        throw .ed25519VerifyInvalidInput("invalid public key length")
      }
      guard let key = try? Curve25519.Signing.PublicKey(rawRepresentation: publicKey) else {
        return [.i64(0)]
      }
      return [.i64(key.isValidSignature(Data(signature), for: Data(message)) ? 1 : 0)]
    },
  ]
}
