import TxrayCore

/// One member of an EIP-712 struct type as declared in `types`.
public struct TypedDataField: Sendable, Hashable {
  public var name: String
  /// The type exactly as written, e.g. `uint256[2][]` or `Person`; encodeType uses this text.
  public var type: String

  public init(name: String, type: String) {
    self.name = name
    self.type = type
  }
}

/// The struct definitions of a typed-data document, checked so that encoding cannot fail later:
/// every referenced type exists, names are well formed and unique, and no struct contains itself
/// except through an array (which a finite value can end with an empty array).
public struct TypedDataTypes: Sendable {
  /// Struct name → members in declaration order.
  public private(set) var structs: [String: [TypedDataField]]

  /// Parsed member types, so values are checked against a tree rather than re-parsed text.
  private var resolved: [String: [TypedDataType]]

  /// More struct types than any real document declares. Bounding them bounds the recursion
  /// over the type graph and the encodeType text hashed per struct.
  public static let maxStructs = 256

  public init(structs: [String: [TypedDataField]]) throws(TypedDataError) {
    guard structs.count <= Self.maxStructs else {
      throw TypedDataError(
        "declares \(structs.count) struct types, more than \(Self.maxStructs)", path: "types")
    }
    self.structs = structs
    self.resolved = [:]
    for name in structs.keys.sorted() {
      guard Self.isIdentifier(name) else {
        throw TypedDataError("struct name '\(name)' is not a valid identifier", path: "types")
      }
    }
    for (name, fields) in structs.sorted(by: { $0.key < $1.key }) {
      var seen: Set<String> = []
      var parsed: [TypedDataType] = []
      for (i, field) in fields.enumerated() {
        let path = "types.\(name)[\(i)]"
        guard Self.isIdentifier(field.name) else {
          throw TypedDataError("member name '\(field.name)' is not a valid identifier", path: path)
        }
        guard seen.insert(field.name).inserted else {
          throw TypedDataError("member '\(field.name)' is declared twice", path: path)
        }
        parsed.append(
          try TypedDataType(parsing: field.type, structs: structs, path: path + ".type"))
      }
      resolved[name] = parsed
    }
    try checkNoUnendingNesting()
  }

  /// The members of `name` with their parsed types.
  func members(of name: String) -> [(field: TypedDataField, type: TypedDataType)] {
    Array(zip(structs[name] ?? [], resolved[name] ?? []))
  }

  /// EIP-712 `encodeType`: the struct itself, then every struct it references (transitively)
  /// sorted by name, each as `Name(type1 name1,type2 name2)`.
  public func encodeType(_ name: String) -> String {
    var dependencies: Set<String> = []
    collectDependencies(of: name, into: &dependencies)
    dependencies.remove(name)
    return ([name] + dependencies.sorted()).map { type in
      type + "(" + (structs[type] ?? []).map { "\($0.type) \($0.name)" }.joined(separator: ",")
        + ")"
    }.joined()
  }

  /// keccak256(encodeType(name)).
  public func typeHash(_ name: String) -> [UInt8] {
    Keccak256.hash(Array(encodeType(name).utf8))
  }

  private func collectDependencies(of name: String, into found: inout Set<String>) {
    guard found.insert(name).inserted else { return }
    for type in resolved[name] ?? [] {
      if let inner = type.structName { collectDependencies(of: inner, into: &found) }
    }
  }

  /// A struct that must contain itself without passing through a dynamic array can have no finite
  /// value; such definitions are refused up front instead of recursing while reading values.
  private func checkNoUnendingNesting() throws(TypedDataError) {
    var state: [String: Bool] = [:]  // false: being visited, true: done
    func visit(_ name: String, _ chain: [String]) throws(TypedDataError) {
      if state[name] == true { return }
      if state[name] == false {
        throw TypedDataError(
          "struct types contain themselves with no array to end the nesting: "
            + (chain + [name]).joined(separator: " → "), path: "types")
      }
      state[name] = false
      for type in resolved[name] ?? [] {
        if let inner = type.requiredStructName { try visit(inner, chain + [name]) }
      }
      state[name] = true
    }
    for name in structs.keys.sorted() { try visit(name, []) }
  }

  static func isIdentifier(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first, first == "_" || first == "$" || first.isASCIILetter
    else { return false }
    return text.unicodeScalars.allSatisfy {
      $0 == "_" || $0 == "$" || $0.isASCIILetter || ("0"..."9").contains($0)
    }
  }
}

extension Unicode.Scalar {
  fileprivate var isASCIILetter: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) }
}
