import EVM
import NEAR
import TxrayCore

/// Accounts, tickers and network names as the expectation language accepts them.
enum ExpectationAccounts {
  /// A whole EVM address (checksummed on the way in: a mistyped mixed-case address is refused
  /// by `Address`'s checksum rule only when mixed case is given) or a valid NEAR account id.
  static func account(_ word: String) -> String? {
    if word.hasPrefix("0x") || word.hasPrefix("0X") {
      guard word.count == 42, let address = Address(hex: word) else { return nil }
      let digits = word.dropFirst(2)
      let mixedCase = digits.contains { $0.isUppercase } && digits.contains { $0.isLowercase }
      if mixedCase, !Address.isValidChecksum(word) { return nil }
      return address.checksummed
    }
    guard word.contains(".") || isImplicitNEARAccount(word) else { return nil }
    return AccountId(word)?.value
  }

  /// Tickers: 1 to 32 letters, digits, ".", "-", "_" or "+", starting with a letter or "$".
  static func isTicker(_ word: String) -> Bool {
    guard let first = word.first, first.isLetter || first == "$", word.count <= 32 else {
      return false
    }
    return word.allSatisfy { $0.isLetter || $0.isNumber || "._-+$".contains($0) }
  }

  private static func isImplicitNEARAccount(_ word: String) -> Bool {
    word.count == 64 && word.allSatisfy { $0.isHexDigit && !$0.isUppercase }
  }

  /// Network names a clause may use after "on": the first word of each chain txray names
  /// ("ethereum", "polygon", "base" …), and "near".
  static let networks: [String: ExpectedNetwork] = {
    var names: [String: ExpectedNetwork] = ["near": .near]
    for chain in EVMChain.known {
      guard let first = chain.name.split(separator: " ").first else { continue }
      names[first.lowercased()] = .evm(chainId: chain.id)
    }
    return names
  }()
}
