import TxrayCore

/// The two key schemes NEAR accounts use; the raw value is the Borsh tag.
public enum KeyType: UInt8, Sendable {
  case ed25519 = 0
  case secp256k1 = 1

  public var name: String {
    switch self {
    case .ed25519: return "ed25519"
    case .secp256k1: return "secp256k1"
    }
  }

  /// ed25519 keys are 32 bytes; secp256k1 keys are the 64-byte uncompressed point without 0x04.
  public var publicKeySize: Int { self == .ed25519 ? 32 : 64 }
  /// ed25519 signatures are 64 bytes; secp256k1 ones are r ‖ s ‖ recovery id.
  public var signatureSize: Int { self == .ed25519 ? 64 : 65 }

  init?(name: Substring) {
    switch name {
    case "ed25519": self = .ed25519
    case "secp256k1": self = .secp256k1
    default: return nil
    }
  }
}

/// The shared `type:base58` text form of keys and signatures; a missing prefix means ed25519, as
/// in nearcore.
enum TypedBase58 {
  static func parse(
    _ text: String, what: String, size: KeyPath<KeyType, Int>
  ) -> Result<(KeyType, [UInt8]), DecodeError> {
    let parts = text.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
    let type: KeyType
    let digits: Substring
    if parts.count == 2 {
      guard let known = KeyType(name: parts[0]) else {
        return .failure(DecodeError("\(what) has unknown key type '\(parts[0])'"))
      }
      type = known
      digits = parts[1]
    } else {
      type = .ed25519
      digits = parts[0]
    }
    let data: [UInt8]
    do { data = try Base58.decode(digits) } catch {
      return .failure(DecodeError("\(what): \(error)"))
    }
    guard data.count == type[keyPath: size] else {
      return .failure(
        DecodeError(
          "\(what) is \(data.count) bytes; a \(type.name) one is \(type[keyPath: size])"))
    }
    return .success((type, data))
  }
}
