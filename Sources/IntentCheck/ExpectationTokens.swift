/// How expectation text splits into clauses and words.
enum ExpectationTokens {
  /// Clauses end at ";", a new line, a comma not between two digits ("3,000" is one number),
  /// or the words "and" / "then".
  static func clauses(of text: String) -> [String] {
    var clauses: [String] = []
    var current = ""
    let characters = Array(text)
    for (index, character) in characters.enumerated() {
      let isGrouping =
        character == "," && index > 0 && index + 1 < characters.count
        && characters[index - 1].isNumber && characters[index + 1].isNumber
      if character == ";" || character.isNewline || (character == "," && !isGrouping) {
        clauses.append(current)
        current = ""
      } else {
        current.append(character)
      }
    }
    clauses.append(current)
    return clauses.flatMap(splitOnConjunctions).filter {
      !$0.allSatisfy(\.isWhitespace)
    }
  }

  private static func splitOnConjunctions(_ clause: String) -> [String] {
    var parts: [[String]] = [[]]
    for word in clause.split(whereSeparator: \.isWhitespace).map(String.init) {
      if ["and", "then"].contains(word.lowercased()) {
        parts.append([])
      } else {
        parts[parts.count - 1].append(word)
      }
    }
    return parts.filter { !$0.isEmpty }.map { $0.joined(separator: " ") }
  }

  /// Words split on white space, with comparison signs set apart from what they touch ("≤1"
  /// is "≤" "1").
  static func words(of clause: String) -> [String] {
    var spaced = clause
    for sign in ["<=", ">=", "≤", "≥"] {
      spaced = spaced.replacingOccurrences(of: sign, with: " \(sign) ")
    }
    // "=" alone, not the "=" of "<=" or ">=" already set apart.
    var out = ""
    let characters = Array(spaced)
    for (index, character) in characters.enumerated() {
      let previous = index > 0 ? characters[index - 1] : " "
      if character == "=", previous != "<", previous != ">" {
        out += " = "
      } else {
        out.append(character)
      }
    }
    return out.split(whereSeparator: \.isWhitespace).map(String.init)
  }
}
