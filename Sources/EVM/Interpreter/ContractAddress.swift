import TxrayCore

/// Where CREATE and CREATE2 put a new contract.
enum ContractAddress {
  /// keccak256(rlp([sender, nonce]))[12...]
  static func create(sender: Address, nonce: UInt64) -> Address {
    var encoder = RLPEncoder()
    encoder.appendList { list in
      list.appendBytes(sender.bytes)
      list.appendInteger(nonce)
    }
    return Address(bytes: Keccak256.hash(encoder.bytes).suffix(20)) ?? .zero
  }

  /// keccak256(0xff ‖ sender ‖ salt ‖ keccak256(initcode))[12...] (EIP-1014).
  static func create2(sender: Address, salt: UInt256, initcode: [UInt8]) -> Address {
    let preimage = [0xff] + sender.bytes + salt.bigEndianBytes + Keccak256.hash(initcode)
    return Address(bytes: Keccak256.hash(preimage).suffix(20)) ?? .zero
  }
}
