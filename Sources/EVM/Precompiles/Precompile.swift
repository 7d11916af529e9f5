import TxrayCore

/// Every precompiled contract txray knows, by its address number.
enum Precompile: UInt16, CaseIterable, Sendable {
  case ecrecover = 0x01
  case sha256 = 0x02
  case ripemd160 = 0x03
  case identity = 0x04
  case modexp = 0x05
  case bn254Add = 0x06
  case bn254Mul = 0x07
  case bn254Pairing = 0x08
  case blake2f = 0x09
  case pointEvaluation = 0x0a
  case bls12G1Add = 0x0b
  case bls12G1MultiExp = 0x0c
  case bls12G2Add = 0x0d
  case bls12G2MultiExp = 0x0e
  case bls12Pairing = 0x0f
  case bls12MapFpToG1 = 0x10
  case bls12MapFp2ToG2 = 0x11
  case p256Verify = 0x100

  /// The fork that activated the contract at its address.
  var introduced: Fork {
    switch self {
    case .ecrecover, .sha256, .ripemd160, .identity: .frontier
    case .modexp, .bn254Add, .bn254Mul, .bn254Pairing: .byzantium
    case .blake2f: .istanbul
    case .pointEvaluation: .cancun
    case .bls12G1Add, .bls12G1MultiExp, .bls12G2Add, .bls12G2MultiExp, .bls12Pairing,
      .bls12MapFpToG1, .bls12MapFp2ToG2:
      .prague
    case .p256Verify: .osaka
    }
  }

  /// The 20-byte address: the number in the last two bytes, zeros before.
  var address: Address {
    var bytes = [UInt8](repeating: 0, count: 20)
    bytes[18] = UInt8(truncatingIfNeeded: rawValue >> 8)
    bytes[19] = UInt8(truncatingIfNeeded: rawValue)
    guard let address = Address(bytes: bytes) else {
      preconditionFailure("20 bytes always form an address")
    }
    return address
  }
}
