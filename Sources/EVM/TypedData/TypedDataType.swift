/// A member type of an EIP-712 struct: an atomic or dynamic Solidity type, a struct, or an array
/// of either (fixed-size `T[n]` or dynamic `T[]`, nested to any depth).
indirect enum TypedDataType: Sendable, Equatable {
  /// `uintN`, `intN`, `address`, `bool`, `bytesN`, `bytes`, `string`, checked by the ABI parser.
  case atomic(ABIType)
  case structure(String)
  case array(TypedDataType, count: Int?)

  /// Parses `text` as written in `types`. Atomic names must be spelled canonically (`uint256`,
  /// not `uint`) because encodeType hashes the text as written and every signer must agree on it.
  init(parsing text: String, structs: [String: [TypedDataField]], path: String)
    throws(TypedDataError)
  {
    var suffixes: [Int?] = []
    var base = Substring(text)
    while base.hasSuffix("]") {
      guard let open = base.lastIndex(of: "[") else {
        throw TypedDataError("malformed array type '\(text)'", path: path)
      }
      let digits = base[base.index(after: open)..<base.index(before: base.endIndex)]
      if digits.isEmpty {
        suffixes.append(nil)
      } else {
        guard digits.allSatisfy(\.isASCIIDigit), digits.first != "0", digits.count <= 9,
          let count = Int(digits)
        else { throw TypedDataError("bad array length in '\(text)'", path: path) }
        suffixes.append(count)
      }
      base = base[..<open]
    }
    guard suffixes.count <= ABIType.maxNestingDepth else {
      throw TypedDataError("'\(text)' nests arrays too deeply", path: path)
    }
    var type: TypedDataType
    if structs[String(base)] != nil {
      type = .structure(String(base))
    } else {
      type = .atomic(try Self.atomic(String(base), whole: text, path: path))
    }
    // Suffixes were collected outermost first; the innermost wraps the base type first.
    for count in suffixes.reversed() { type = .array(type, count: count) }
    self = type
  }

  private static func atomic(_ name: String, whole: String, path: String) throws(TypedDataError)
    -> ABIType
  {
    let parsed: ABIType
    do {
      parsed = try ABIType(parsing: name)
    } catch {
      throw TypedDataError(
        "unknown type '\(whole)': no struct or Solidity type is named '\(name)'", path: path)
    }
    switch parsed {
    case .array, .fixedArray, .tuple:
      throw TypedDataError("unknown type '\(whole)'", path: path)
    default:
      guard parsed.description == name else {
        throw TypedDataError("type '\(name)' must be written '\(parsed.description)'", path: path)
      }
      return parsed
    }
  }

  /// The struct this type refers to, directly or as an array's element.
  var structName: String? {
    switch self {
    case .atomic: return nil
    case .structure(let name): return name
    case .array(let element, _): return element.structName
    }
  }
}

extension TypedDataType {
  /// The struct every value of this type must contain: directly or through a fixed-size array
  /// (which has at least one element); nil for dynamic arrays, which may be empty.
  var requiredStructName: String? {
    switch self {
    case .atomic, .array(_, count: nil): return nil
    case .structure(let name): return name
    case .array(let element, count: _?): return element.requiredStructName
    }
  }
}

extension Character {
  fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
