import TxrayCore

/// An EIP-712 typed-data signing request (the JSON of `eth_signTypedData_v4`), checked in full
/// and hashed: what a wallet is asked to sign and the digest its signature covers.
public struct TypedData: Sendable {
  public var types: TypedDataTypes
  public var primaryType: String
  /// The domain as an `EIP712Domain` struct value.
  public var domain: TypedDataValue
  /// The message as a `primaryType` struct value.
  public var message: TypedDataValue
  /// hashStruct(EIP712Domain, domain).
  public var domainSeparator: [UInt8]
  /// hashStruct(primaryType, message); nil when the primary type is `EIP712Domain` itself, which
  /// signs the domain alone.
  public var messageHash: [UInt8]?
  /// keccak256(0x19 ‖ 0x01 ‖ domainSeparator ‖ messageHash): the 32 bytes actually signed.
  public var digest: [UInt8]
  /// The account named in a JSON-RPC call's params, when the input was one.
  public var signer: Address?

  /// Input larger than this is refused before parsing; real typed data is a few KiB.
  public static let maxInputBytes = 1 << 20
  /// Values (atoms, arrays and structs together) one document may hold. Far above any real
  /// permit or order, low enough that hostile input is refused before hashing gets slow.
  public static let maxValues = 100_000

  /// The domain's fields, in the order EIP-712 defines them, with their only allowed types.
  static let domainFieldTypes: [(name: String, type: String)] = [
    ("name", "string"), ("version", "string"), ("chainId", "uint256"),
    ("verifyingContract", "address"), ("salt", "bytes32"),
  ]

  /// Parses typed-data JSON: the typed-data object itself, or a JSON-RPC `eth_signTypedData*`
  /// call whose params hold it (as an object or as a JSON string) next to the signer's address.
  public init(parsing text: String) throws(TypedDataError) {
    guard text.utf8.count <= Self.maxInputBytes else {
      throw TypedDataError("typed data is larger than 1 MiB")
    }
    let json = try Self.parseJSON(text, what: "typed data")
    var document = json
    var signer: Address?
    if json["method"] != nil || json["params"] != nil {
      (document, signer) = try Self.unwrapCall(json)
    }
    try self.init(document: document)
    self.signer = signer
  }

  /// Checks and hashes a parsed typed-data object.
  public init(document: JSONValue) throws(TypedDataError) {
    guard let members = document.objectMembers else {
      throw TypedDataError("typed data must be a JSON object")
    }
    let allowed: Set<String> = ["types", "primaryType", "domain", "message"]
    if let extra = members.first(where: { !allowed.contains($0.key) }) {
      throw TypedDataError("unexpected top-level member", path: extra.key)
    }
    guard let typesJSON = document["types"] else { throw TypedDataError("missing", path: "types") }
    guard case .string(let primaryType)? = document["primaryType"] else {
      throw TypedDataError("missing or not a string", path: "primaryType")
    }
    guard let domainJSON = document["domain"], domainJSON.objectMembers != nil else {
      throw TypedDataError("missing or not an object", path: "domain")
    }
    var structs = try Self.structDefinitions(typesJSON)
    try Self.settleDomainType(&structs, domain: domainJSON)
    let types = try TypedDataTypes(structs: structs)
    guard structs[primaryType] != nil else {
      throw TypedDataError("no struct named '\(primaryType)' in types", path: "primaryType")
    }

    var reader = TypedDataValueReader(types: types)
    let domain = try reader.readStruct("EIP712Domain", domainJSON, path: "domain")
    var hasher = TypedDataHasher(types: types)
    let domainSeparator = hasher.hashStruct(domain)
    var prefixed: [UInt8] = [0x19, 0x01] + domainSeparator

    let message: TypedDataValue
    let messageHash: [UInt8]?
    if primaryType == "EIP712Domain" {
      message = domain
      messageHash = nil
    } else {
      guard let messageJSON = document["message"] else {
        throw TypedDataError("missing", path: "message")
      }
      message = try reader.readStruct(primaryType, messageJSON, path: "message")
      let hash = hasher.hashStruct(message)
      prefixed += hash
      messageHash = hash
    }
    self.types = types
    self.primaryType = primaryType
    self.domain = domain
    self.message = message
    self.domainSeparator = domainSeparator
    self.messageHash = messageHash
    self.digest = Keccak256.hash(prefixed)
    self.signer = nil
  }

  /// encodeType of the primary type, e.g. `Mail(Person from,Person to,string contents)Person(…)`.
  public var encodedPrimaryType: String { types.encodeType(primaryType) }

  public var chainId: UInt256? { domain[member: "chainId"]?.uintValue }
  public var verifyingContract: Address? { domain[member: "verifyingContract"]?.addressValue }
  public var domainName: String? {
    if case .atomic(.string, .string(let name))? = domain[member: "name"] { return name.text }
    return nil
  }

  static func parseJSON(_ text: String, what: String) throws(TypedDataError) -> JSONValue {
    do {
      return try JSONValue(parsing: text)
    } catch {
      throw TypedDataError("\(what) is not valid JSON: \(error)")
    }
  }

  /// `{"method":"eth_signTypedData_v4","params":[address, typedData]}`; the address and the
  /// typed data may come in either order, as wallets have accepted both.
  private static func unwrapCall(_ call: JSONValue) throws(TypedDataError) -> (
    JSONValue, Address?
  ) {
    if case .string(let method)? = call["method"], !method.hasPrefix("eth_signTypedData") {
      throw TypedDataError("'\(method)' is not an eth_signTypedData call", path: "method")
    }
    guard let params = call["params"]?.arrayItems, params.count == 2 else {
      throw TypedDataError("must be [address, typedData]", path: "params")
    }
    var document: JSONValue?
    var signer: Address?
    for (i, param) in params.enumerated() {
      switch param {
      case .object: document = param
      case .string(let text) where text.hasPrefix("{"):
        document = try parseJSON(text, what: "params[\(i)]")
      case .string(let text):
        guard let address = Address(hex: text), text.utf8.count == 42 else {
          throw TypedDataError("'\(text)' is not an address", path: "params[\(i)]")
        }
        signer = address
      default:
        throw TypedDataError(
          "expected an address or typed data, got \(param.kindName)", path: "params[\(i)]")
      }
    }
    guard let document else {
      throw TypedDataError("no typed-data object among the params", path: "params")
    }
    return (document, signer)
  }

  private static func structDefinitions(_ json: JSONValue) throws(TypedDataError) -> [String:
    [TypedDataField]]
  {
    guard let entries = json.objectMembers else {
      throw TypedDataError("must be an object of struct definitions", path: "types")
    }
    var structs: [String: [TypedDataField]] = [:]
    for (name, definition) in entries {
      guard let items = definition.arrayItems else {
        throw TypedDataError("must be an array of {name, type}", path: "types.\(name)")
      }
      var fields: [TypedDataField] = []
      for (i, item) in items.enumerated() {
        let path = "types.\(name)[\(i)]"
        guard let members = item.objectMembers, members.count == 2,
          case .string(let fieldName)? = item["name"], case .string(let fieldType)? = item["type"]
        else { throw TypedDataError("must be {\"name\": string, \"type\": string}", path: path) }
        fields.append(TypedDataField(name: fieldName, type: fieldType))
      }
      structs[name] = fields
    }
    return structs
  }

  /// Uses the document's `EIP712Domain` when given (checking its members are the ones EIP-712
  /// defines), otherwise derives it from the domain's keys in EIP-712 order, as eth-account does.
  private static func settleDomainType(
    _ structs: inout [String: [TypedDataField]], domain: JSONValue
  ) throws(TypedDataError) {
    let known = Dictionary(uniqueKeysWithValues: domainFieldTypes.map { ($0.name, $0.type) })
    if let declared = structs["EIP712Domain"] {
      for (i, field) in declared.enumerated() {
        guard let type = known[field.name] else {
          throw TypedDataError(
            "'\(field.name)' is not an EIP-712 domain field", path: "types.EIP712Domain[\(i)]")
        }
        guard type == field.type else {
          throw TypedDataError(
            "domain field '\(field.name)' must have type \(type)", path: "types.EIP712Domain[\(i)]")
        }
      }
      return
    }
    let keys = domain.objectMembers?.map(\.key) ?? []
    if let unknown = keys.first(where: { known[$0] == nil }) {
      throw TypedDataError("'\(unknown)' is not an EIP-712 domain field", path: "domain.\(unknown)")
    }
    structs["EIP712Domain"] = domainFieldTypes.filter { keys.contains($0.name) }.map {
      TypedDataField(name: $0.name, type: $0.type)
    }
  }
}
