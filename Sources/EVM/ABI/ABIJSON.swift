import Foundation

/// Reads the standard JSON ABI that Solidity, Vyper, Hardhat and Foundry emit.
///
/// Accepts the bare ABI array or a build artifact holding it under `"abi"`. Functions and custom
/// errors are kept (events, constructors, fallback and receive are not reached by a selector in
/// calldata or revert data). Every problem names where in the file it is, e.g.
/// `[4].inputs[1].type: unknown type "uint7"`.
public enum ABIJSON {
  /// Larger ABI files are refused before parsing; real ones are well below 1 MiB.
  public static let maxBytes = 16 << 20

  public static func functions(fromJSON bytes: [UInt8]) throws(ABIError) -> [ABIFunction] {
    try entries(fromJSON: bytes).functions
  }

  /// The functions, and the custom errors (`"type": "error"`) that revert data can carry: an
  /// error's selector is taken from its signature as a function's is.
  public static func entries(fromJSON bytes: [UInt8]) throws(ABIError) -> (
    functions: [ABIFunction], errors: [ABIFunction]
  ) {
    guard bytes.count <= maxBytes else { throw ABIError("file is larger than 16 MiB") }
    let parsed: Any
    do {
      parsed = try JSONSerialization.jsonObject(with: Data(bytes))
    } catch {
      throw ABIError("not valid JSON")
    }
    let items: [Any]
    if let array = parsed as? [Any] {
      items = array
    } else if let object = parsed as? [String: Any], let array = object["abi"] as? [Any] {
      items = array
    } else {
      throw ABIError("expected a JSON array (an ABI) or an object with an \"abi\" array")
    }
    var functions: [ABIFunction] = []
    var errors: [ABIFunction] = []
    for (i, item) in items.enumerated() {
      guard let entry = item as? [String: Any] else {
        throw ABIError("ABI entry is not an object", path: "[\(i)]")
      }
      // Solidity before 0.4 omitted "type" for functions.
      let kind = entry["type"] ?? "function"
      guard let kindName = kind as? String else {
        throw ABIError("\"type\" is not a string", path: "[\(i)].type")
      }
      guard kindName == "function" || kindName == "error" else { continue }
      guard let name = entry["name"] as? String, !name.isEmpty else {
        throw ABIError("\(kindName) has no \"name\"", path: "[\(i)]")
      }
      let inputs = try parameters(entry["inputs"] ?? [Any](), path: "[\(i)].inputs", depth: 0)
      if kindName == "error" {
        errors.append(ABIFunction(name: name, inputs: inputs))
      } else {
        functions.append(ABIFunction(name: name, inputs: inputs))
      }
    }
    return (functions, errors)
  }

  private static func parameters(
    _ value: Any, path: String, depth: Int
  ) throws(ABIError) -> [ABIParameter] {
    guard let list = value as? [Any] else { throw ABIError("expected an array", path: path) }
    guard depth < ABIType.maxNestingDepth else {
      throw ABIError("tuples nest deeper than \(ABIType.maxNestingDepth) levels", path: path)
    }
    var parameters: [ABIParameter] = []
    for (i, item) in list.enumerated() {
      let itemPath = "\(path)[\(i)]"
      guard let object = item as? [String: Any] else {
        throw ABIError("parameter is not an object", path: itemPath)
      }
      guard let typeName = object["type"] as? String else {
        throw ABIError("parameter has no \"type\" string", path: itemPath)
      }
      let name = object["name"] as? String ?? ""
      let type = try parameterType(typeName, object["components"], path: itemPath, depth: depth)
      parameters.append(
        ABIParameter(name: name, type: type, internalType: object["internalType"] as? String))
    }
    return parameters
  }

  /// `tuple`, `tuple[]`, `tuple[2][]` take their fields from `components`; everything else is
  /// a plain type string.
  private static func parameterType(
    _ typeName: String, _ components: Any?, path: String, depth: Int
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
