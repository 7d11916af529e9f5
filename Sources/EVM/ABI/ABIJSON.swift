import TxrayCore

/// Reads the standard JSON ABI that Solidity, Vyper, Hardhat and Foundry emit.
///
/// Accepts the bare ABI array or a build artifact holding it under `"abi"`. Functions and custom
/// errors are kept (events, constructors, fallback and receive are not reached by a selector in
/// calldata or revert data). Every problem names where in the file it is, e.g.
/// `[4].inputs[1].type: unknown type "uint7"`.
public enum ABIJSON {
  /// Larger ABI files are refused before parsing; real ones are well below 1 MiB.
  public static let maxBytes = 16 << 20
  /// Build artifacts carry the compiler's AST beside the ABI, which nests deeply; Foundation's
  /// parser, which read them before, allowed this much.
  static let maxArtifactDepth = 512

  public static func functions(fromJSON bytes: [UInt8]) throws(ABIError) -> [ABIFunction] {
    try entries(fromJSON: bytes).functions
  }

  /// The functions, and the custom errors (`"type": "error"`) that revert data can carry: an
  /// error's selector is taken from its signature as a function's is.
  public static func entries(fromJSON bytes: [UInt8]) throws(ABIError) -> (
    functions: [ABIFunction], errors: [ABIFunction]
  ) {
    guard bytes.count <= maxBytes else { throw ABIError("file is larger than 16 MiB") }
    let parsed: JSONValue
    do {
      parsed = try JSONValue(parsing: bytes, maxDepth: maxArtifactDepth)
    } catch {
      throw ABIError("not valid JSON")
    }
    let items: [JSONValue]
    if let array = parsed.arrayItems {
      items = array
    } else if let array = parsed["abi"]?.arrayItems {
      items = array
    } else {
      throw ABIError("expected a JSON array (an ABI) or an object with an \"abi\" array")
    }
    var functions: [ABIFunction] = []
    var errors: [ABIFunction] = []
    for (i, item) in items.enumerated() {
      guard case .object = item else {
        throw ABIError("ABI entry is not an object", path: "[\(i)]")
      }
      // Solidity before 0.4 omitted "type" for functions.
      let kind = item["type"] ?? .string("function")
      guard let kindName = kind.stringValue else {
        throw ABIError("\"type\" is not a string", path: "[\(i)].type")
      }
      guard kindName == "function" || kindName == "error" else { continue }
      guard let name = item["name"]?.stringValue, !name.isEmpty else {
        throw ABIError("\(kindName) has no \"name\"", path: "[\(i)]")
      }
      let inputs = try parameters(item["inputs"] ?? .array([]), path: "[\(i)].inputs", depth: 0)
      if kindName == "error" {
        errors.append(ABIFunction(name: name, inputs: inputs))
      } else {
        functions.append(ABIFunction(name: name, inputs: inputs))
      }
    }
    return (functions, errors)
  }

  private static func parameters(
    _ value: JSONValue, path: String, depth: Int
  ) throws(ABIError) -> [ABIParameter] {
    guard let list = value.arrayItems else { throw ABIError("expected an array", path: path) }
    guard depth < ABIType.maxNestingDepth else {
      throw ABIError("tuples nest deeper than \(ABIType.maxNestingDepth) levels", path: path)
    }
    var parameters: [ABIParameter] = []
    for (i, item) in list.enumerated() {
      let itemPath = "\(path)[\(i)]"
      guard case .object = item else {
        throw ABIError("parameter is not an object", path: itemPath)
      }
      guard let typeName = item["type"]?.stringValue else {
        throw ABIError("parameter has no \"type\" string", path: itemPath)
      }
      let name = item["name"]?.stringValue ?? ""
      let type = try parameterType(typeName, item["components"], path: itemPath, depth: depth)
      parameters.append(
        ABIParameter(name: name, type: type, internalType: item["internalType"]?.stringValue))
    }
    return parameters
  }

  /// `tuple`, `tuple[]`, `tuple[2][]` take their fields from `components`; everything else is
  /// a plain type string.
  private static func parameterType(
    _ typeName: String, _ components: JSONValue?, path: String, depth: Int
  ) throws(ABIError) -> ABIType {
    guard typeName.hasPrefix("tuple") else {
      do {
        return try ABIType(parsing: typeName)
      } catch {
        throw ABIError(error.message, path: path + ".type")
      }
    }
    guard let components else {
      throw ABIError("tuple has no \"components\"", path: path)
    }
    let fields = try parameters(components, path: path + ".components", depth: depth + 1)
    // Reuse the type parser for the array suffixes by parsing them after a stand-in element.
    let suffix = String(typeName.dropFirst("tuple".count))
    let shape: ABIType
    do {
      shape = try ABIType(parsing: "bool" + suffix)
    } catch {
      throw ABIError("bad tuple type \"\(typeName)\"", path: path + ".type")
    }
    return replacingElement(of: shape, with: .tuple(fields))
  }

  private static func replacingElement(of shape: ABIType, with element: ABIType) -> ABIType {
    switch shape {
    case .array(let inner): return .array(replacingElement(of: inner, with: element))
    case .fixedArray(let inner, let count):
      return .fixedArray(replacingElement(of: inner, with: element), count: count)
    default: return element
    }
  }
}
