/// Things in free text that state a fact of the transaction and so must come from the facts: a
/// number (any digit), an address or hash (`0x…`), an account id (`alice.near`, dotted names), a
/// handle (`@…`), a link, and an asset symbol written in capitals (`USDC`). The Guard accepts one
/// only if some fact's value contains it.
enum FreeIdentifiers {
  /// Capitalised words that name no asset or account.
  static let commonCapitals: Set<String> = ["OK", "NFT", "NFTS", "EOA", "I"]

  static func all(in text: String) -> [String] {
    var found: [String] = []
    for raw in text.split(whereSeparator: { $0.isWhitespace }) {
      let token = trimmed(raw)
      guard !token.isEmpty else { continue }
      if isIdentifier(token) { found.append(String(token)) }
    }
    return found
  }

  static func isIdentifier(_ token: Substring) -> Bool {
    if token.contains(where: \.isNumber) { return true }
    if token.contains("@") || token.contains("://") { return true }
    if token.lowercased().hasPrefix("0x") { return true }
    // A dot, underscore or colon between two word characters: an account id or a qualified name.
    let characters = Array(token)
    for i in characters.indices.dropFirst().dropLast()
    where ".:_".contains(characters[i]) && isWordCharacter(characters[i - 1])
      && isWordCharacter(characters[i + 1])
    {
      return true
    }
    let letters = token.filter(\.isLetter)
    if letters.count >= 2, letters.allSatisfy(\.isUppercase),
      !commonCapitals.contains(String(letters))
    {
      return true
    }
    return false
  }

  private static func isWordCharacter(_ c: Character) -> Bool { c.isLetter || c.isNumber }

  /// Drops sentence punctuation and brackets around a token, keeping what is inside.
  private static func trimmed(_ token: Substring) -> Substring {
    let edge: Set<Character> = [
      ".", ",", ";", ":", "!", "?", "(", ")", "[", "]", "\"", "'", "`", "*",
    ]
    var t = token
    while let first = t.first, edge.contains(first) { t = t.dropFirst() }
    while let last = t.last, edge.contains(last) { t = t.dropLast() }
    return t
  }
}
