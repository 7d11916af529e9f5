/// Reads type strings and human-readable function declarations.
///
/// A hand-written recursive-descent reader over UTF-8 bytes, bounded by
/// `ABIType.maxNestingDepth`, because type strings come from user ABI files and descriptors.
struct ABITypeParser {
  private let text: [UInt8]
  private var position = 0
  private var depth = 0

  private init(_ text: String) {
    self.text = Array(text.utf8)
  }

  static func type(_ text: String) throws(ABIError) -> ABIType {
    var parser = ABITypeParser(text)
    parser.skipSpaces()
    let type = try parser.readType()
    parser.skipSpaces()
    try parser.expectEnd(text)
    return type
  }

  static func function(_ text: String) throws(ABIError) -> ABIFunction {
    var parser = ABITypeParser(text)
    parser.skipSpaces()
    if parser.peekWord() == "function" {
      _ = parser.readWord()
      parser.skipSpaces()
    }
    let name = parser.readWord()
    guard let first = name.utf8.first, !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first)
    else {
      throw ABIError("expected a function name in \"\(text)\"")
    }
    let inputs = try parser.readParameterList()
    parser.skipSpaces()
    try parser.expectEnd(text)
    return ABIFunction(name: name, inputs: inputs)
  }

  private func expectEnd(_ source: String) throws(ABIError) {
    guard position == text.count else {
      throw ABIError("unexpected text at character \(position) of \"\(source)\"")
    }
  }

  private mutating func readType() throws(ABIError) -> ABIType {
    // Array suffixes deepen only this type, not the siblings that follow it.
    let outerDepth = depth
    defer { depth = outerDepth }
    var type: ABIType
    if peek() == UInt8(ascii: "(") {
      type = .tuple(try readParameterList())
    } else {
      type = try Self.elementary(readWord())
    }
    while peek() == UInt8(ascii: "[") {
      try enter()
      position += 1
      let digits = readWord()
      guard peek() == UInt8(ascii: "]") else { throw ABIError("expected ']' in array type") }
      position += 1
      if digits.isEmpty {
        type = .array(type)
      } else {
        guard digits.utf8.allSatisfy({ (48...57).contains($0) }), let count = Int(digits),
          count >= 1
        else {
          throw ABIError("array length \"\(digits)\" is not a positive integer")
        }
        type = .fixedArray(type, count: count)
      }
    }
    return type
  }

  /// `(T name, T name, ...)`; names and Solidity data locations are optional.
  private mutating func readParameterList() throws(ABIError) -> [ABIParameter] {
    guard peek() == UInt8(ascii: "(") else { throw ABIError("expected '('") }
    try enter()
    position += 1
    defer { depth -= 1 }
    var parameters: [ABIParameter] = []
    skipSpaces()
    if peek() == UInt8(ascii: ")") {
      position += 1
      return parameters
    }
    while true {
      skipSpaces()
      let type = try readType()
      skipSpaces()
      var name = readWord()
      if ["calldata", "memory", "storage", "indexed"].contains(name) {
        skipSpaces()
        name = readWord()
      }
      parameters.append(ABIParameter(name: name, type: type))
      skipSpaces()
      switch peek() {
      case UInt8(ascii: ","): position += 1
      case UInt8(ascii: ")"):
        position += 1
        return parameters
      default: throw ABIError("expected ',' or ')' at character \(position)")
      }
    }
  }

  private mutating func enter() throws(ABIError) {
    depth += 1
    guard depth <= ABIType.maxNestingDepth else {
      throw ABIError("type nests deeper than \(ABIType.maxNestingDepth) levels")
    }
  }

  static func elementary(_ word: String) throws(ABIError) -> ABIType {
    switch word {
    case "address": return .address
    case "bool": return .bool
    case "string": return .string
    case "bytes": return .bytes
    case "uint": return .uint(bits: 256)
    case "int": return .int(bits: 256)
    default: break
    }
    if word.hasPrefix("fixed") || word.hasPrefix("ufixed") {
      throw ABIError("fixed-point type \(word) is not supported")
    }
    if word.hasPrefix("uint"), let bits = integerBits(word.dropFirst(4)) {
      return .uint(bits: bits)
    }
    if word.hasPrefix("int"), let bits = integerBits(word.dropFirst(3)) { return .int(bits: bits) }
    if word.hasPrefix("bytes"), let n = Int(word.dropFirst(5)), (1...32).contains(n),
      !word.dropFirst(5).hasPrefix("0")
    {
      return .fixedBytes(n)
    }
    throw ABIError(word.isEmpty ? "expected a type" : "unknown type \"\(word)\"")
  }

  /// The width in `uint<bits>`/`int<bits>`: a multiple of 8 in 8...256, no leading zero.
  private static func integerBits(_ digits: Substring) -> Int? {
    guard !digits.hasPrefix("0"), let bits = Int(digits), bits % 8 == 0, (8...256).contains(bits)
    else { return nil }
    return bits
  }

  private func peek() -> UInt8? {
    position < text.count ? text[position] : nil
  }

  private func peekWord() -> String {
    var copy = self
    return copy.readWord()
  }

  /// Letters, digits, `_` and `$` (Solidity identifiers; digits also for array lengths).
  private mutating func readWord() -> String {
    let start = position
    while let c = peek(),
      (48...57).contains(c) || (65...90).contains(c) || (97...122).contains(c)
        || c == UInt8(ascii: "_") || c == UInt8(ascii: "$")
    {
      position += 1
    }
    return String(decoding: text[start..<position], as: UTF8.self)
  }

  private mutating func skipSpaces() {
    while let c = peek(), c == 0x20 || c == 0x09 || c == 0x0a || c == 0x0d { position += 1 }
  }
}
