import TxrayCore

/// `evm.lookalike-symbol` / `near.lookalike-symbol`, warning: a token whose symbol has letters
/// from outside the Latin alphabet, or characters that show as nothing. "USDС" with a Cyrillic
/// Es reads as USDC on every screen; fake tokens named so are sent to victims to lend a drainer's
/// transaction a familiar name. The finding names each such character by its Unicode name, since
/// showing the symbol again would only repeat the disguise.
struct LookalikeSymbolRule: RiskRule {
  func findings(_ facts: RuleFacts) -> [Finding] {
    var seen: Set<String> = []
    return facts.effects.flatMap(Self.assets).compactMap { asset in
      guard asset.kind != .native, let symbol = asset.symbol, !symbol.isEmpty,
        seen.insert(asset.contract ?? symbol).inserted
      else { return nil }
      let odd = symbol.unicodeScalars.filter(Self.isLookalike)
      guard !odd.isEmpty else { return nil }
      let names = odd.map(Self.describe).joined(separator: ", ")
      let token = asset.contract.map { "the token at " + facts.display($0) } ?? "a token"
      return Finding(
        rule: facts.id("lookalike-symbol"), severity: .warning,
        message: "The symbol of \(token) is written with \(names): it may pose as another "
          + "token.",
        evidence: [
          .init("token", asset.contract ?? "unknown"),
          .init("symbol", TerminalSafeText.sanitize(symbol)), .init("characters", names),
        ])
    }
  }

  /// A letter outside ASCII (Cyrillic, Greek, fullwidth or mathematical Latin …), or a character
  /// that is invisible or controls the text (an escape, a line break, a bidi override).
  static func isLookalike(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII { return TerminalSafeText.isUnsafe(scalar) }
    return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
      || TerminalSafeText.isUnsafe(scalar) || scalar.properties.isDefaultIgnorableCodePoint
  }

  /// "U+0421 CYRILLIC CAPITAL LETTER ES".
  static func describe(_ scalar: Unicode.Scalar) -> String {
    let hex = String(scalar.value, radix: 16, uppercase: true)
    let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    return scalar.properties.name.map { code + " " + $0 } ?? code
  }

  static func assets(_ effect: Effect) -> [Asset] {
    switch effect {
    case .transfer(let asset, _, _, _, _), .balanceChange(_, let asset, _),
      .allowance(let asset, _, _, _, _, _):
      return [asset]
    case .operatorApproval(let collection, _, _, _): return [collection]
    default: return []
    }
  }
}
