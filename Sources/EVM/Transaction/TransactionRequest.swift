import Foundation
import TxrayCore

extension TransactionDecoder {
  /// Requests above this size are refused before parsing: no real request comes near it.
  static let maxRequestBytes = 1 << 20
  /// Deeper nesting than any request needs is refused before the recursive JSON parser sees it.
  static let maxRequestNesting = 32

  /// A JSON transaction as a wallet or node passes it:
  /// - a request as an app passes it to eth_sendTransaction or eth_signTransaction (the params
  ///   object, or the whole JSON-RPC call). Quantities may be 0x-hex, decimal strings or JSON
  ///   integers. Missing values stay zero (nonce, gas, value) or nil (chainId), for the caller to
  ///   point out; a field of the wrong JSON type, a malformed value, a field no request has, or a
  ///   field that does not belong to the transaction's type throws, naming the field. Without
  ///   "type", the type is inferred as geth and ethers do.
  /// - an eth_sendRawTransaction call: its raw signed transaction.
  /// - a signed transaction as a node shows it (eth_getTransactionByHash's result, bare or in
  ///   the JSON-RPC answer): see `decode(view:)`.
  public static func decode(jsonRequest: String) throws(DecodeError) -> Transaction {
    switch try requestEnvelope(jsonRequest) {
    case .rawTransaction(let hex):
      guard let bytes = try? Hex.decode(hex), !bytes.isEmpty else {
        throw DecodeError("params[0] of eth_sendRawTransaction must be the transaction as 0x-hex")
      }
      return try decodeSigned(bytes)
    case .fields(let fields):
      // Another JSON object (a state snapshot, a receipt) has keys but none of a request's:
      // saying so helps more than naming its first key.
      guard
        fields.object.objectMembers?.isEmpty != false
          || requestFieldNames.contains(where: { fields.has($0) })
      else {
        throw DecodeError(
          "this JSON object has none of a transaction request's fields (to, data, value, gas …)")
      }
      if fields.has("r", "s") { return try decode(view: fields) }
      try checkFieldNames(fields, known: requestFieldNames)
      return try decode(request: fields)
    }
  }

  /// The request `fields` state, every name in them already known.
  static func decode(request fields: RequestFields) throws(DecodeError) -> Transaction {
    let type = try requestType(fields)
    try checkFieldsBelong(to: type, fields)

    var tx = Transaction(type: type, format: .request)
    // Apps routinely leave nonce, gas and fees to the wallet. Such values read as zero but are
    // recorded as unset, so nobody mistakes "not filled in yet" for "zero".
    func filled(_ value: UInt256?, _ name: String) -> UInt256 {
      if value == nil { tx.unsetFields.append(name) }
      return value ?? .zero
    }
    tx.from = try fields.address("from")
    tx.to = try fields.address("to")
    tx.chainId = try fields.quantity("chainId")
    if tx.chainId == nil { tx.unsetFields.append("chainId") }
    tx.nonce = filled(try fields.quantity("nonce"), "nonce")
    tx.gasLimit = filled(try fields.quantity("gas", "gasLimit"), "gas")
    tx.value = try fields.quantity("value") ?? .zero
    tx.data = try fields.bytes("data", "input") ?? []
    if type == .legacy || type == .accessList {
      tx.gasPrice = filled(try fields.quantity("gasPrice"), "gasPrice")
    } else {
      tx.maxFeePerGas = filled(try fields.quantity("maxFeePerGas"), "maxFeePerGas")
      tx.maxPriorityFeePerGas = filled(
        try fields.quantity("maxPriorityFeePerGas"), "maxPriorityFeePerGas")
    }
    tx.accessList = try fields.array("accessList", accessListEntry) ?? []
    if type == .blob {
      tx.maxFeePerBlobGas = filled(try fields.quantity("maxFeePerBlobGas"), "maxFeePerBlobGas")
      tx.blobVersionedHashes =
        try fields.array("blobVersionedHashes") { value, field throws(DecodeError) in
          try RequestFields.bytes(value, field: field, length: 32)
        } ?? []
    }
    tx.authorizationList = try fields.array("authorizationList", authorization) ?? []
    if (type == .blob || type == .setCode) && tx.to == nil {
      throw DecodeError("to is required: \(type.eipName) transactions cannot create contracts")
    }
    tx.signingHash = SigningPayload.hash(of: tx)
    return tx
  }

  /// Every field a transaction request may carry.
  static let requestFieldNames = [
    "from", "to", "data", "input", "value", "gas", "gasLimit", "gasPrice", "nonce", "chainId",
    "type", "maxFeePerGas", "maxPriorityFeePerGas", "accessList", "maxFeePerBlobGas",
    "blobVersionedHashes", "authorizationList",
  ]

  /// What a JSON input holds once any JSON-RPC wrapping is taken off.
  enum RequestEnvelope {
    case fields(RequestFields)
    case rawTransaction(String)
  }

  /// The JSON-RPC methods whose first param is a transaction object.
  static let transactionObjectMethods: Set<String> = [
    "eth_sendTransaction", "eth_signTransaction", "eth_call", "eth_estimateGas",
    "eth_createAccessList", "eth_fillTransaction",
  ]

  /// Parses the text and takes off a JSON-RPC call (the transaction object, or the raw one of
  /// eth_sendRawTransaction) or answer (its result). A call of any other method is refused by
  /// name: reading its params as a transaction would explain something nobody asked to sign.
  private static func requestEnvelope(_ text: String) throws(DecodeError) -> RequestEnvelope {
    let bytes = Array(text.utf8)
    guard bytes.count <= maxRequestBytes else {
      throw DecodeError("JSON request is larger than 1 MiB")
    }
    try checkNesting(bytes)
    var object: JSONValue
    do {
      object = try JSONValue(parsing: bytes)
    } catch {
      throw DecodeError("JSON request is not valid JSON")
    }
    guard case .object = object else { throw DecodeError("JSON request must be an object") }
    if let method = object["method"]?.stringValue {
      let first = object["params"]?.arrayItems?.first
      if method == "eth_sendRawTransaction" {
        guard let raw = first?.stringValue else {
          throw DecodeError("params[0] of eth_sendRawTransaction must be the transaction as 0x-hex")
        }
        return .rawTransaction(raw)
      }
      guard transactionObjectMethods.contains(method) else {
        throw DecodeError(
          "txray reads eth_sendTransaction, eth_signTransaction, eth_sendRawTransaction and "
            + "eth_signTypedData calls, not \(quotedName(method))")
      }
      guard let first, case .object = first else {
        throw DecodeError("params[0] of the JSON-RPC call must be the transaction object")
      }
      object = first
    } else if object["jsonrpc"] != nil, let result = object["result"] {
      guard result != .null else {
        throw DecodeError("the JSON-RPC answer's result is null: the node has no such transaction")
      }
      guard case .object = result else {
        throw DecodeError("the JSON-RPC answer's result is not a transaction object")
      }
      object = result
    }
    return .fields(RequestFields(object: object))
  }

  /// A name from the input for an error line, clipped: the line stays one short line whatever
  /// the input holds (the line is made terminal-safe where it is printed).
  private static func quotedName(_ name: String) -> String {
    "\"" + (name.count > 40 ? name.prefix(40) + "…" : name) + "\""
  }

  /// Throws for a name that is not in `known`: a request with "To" or an EIP-5792 "calls" batch
  /// read as if the field were absent would be a contract creation.
  static func checkFieldNames(_ fields: RequestFields, known: [String]) throws(DecodeError) {
    try refuseCallBatch(fields)
    for (name, _) in fields.object.objectMembers ?? [] where !known.contains(name) {
      if let meant = known.first(where: { $0.lowercased() == name.lowercased() }) {
        throw DecodeError(
          "\(quotedName(name)) is not a transaction field; field names are case-sensitive: "
            + "\"\(meant)\"")
      }
      throw DecodeError("\(quotedName(name)) is not a field of a transaction")
    }
  }

  /// Throws for an EIP-5792 batch ("calls"): its calls are not the object's own fields, and
  /// without them it would read as a contract creation.
  static func refuseCallBatch(_ fields: RequestFields) throws(DecodeError) {
    guard fields.has("calls") else { return }
    throw DecodeError(
      "\"calls\" is a wallet_sendCalls batch (EIP-5792), which txray does not read: "
        + "explain each call as a request of its own")
  }

  /// Refuses nesting deeper than `maxRequestNesting`, counting brackets outside strings.
  private static func checkNesting(_ bytes: [UInt8]) throws(DecodeError) {
    var depth = 0
    var inString = false
    var escaped = false
    for (offset, byte) in bytes.enumerated() {
      if inString {
        if escaped {
          escaped = false
        } else if byte == UInt8(ascii: "\\") {
          escaped = true
        } else if byte == UInt8(ascii: "\"") {
          inString = false
        }
        continue
      }
      switch byte {
      case UInt8(ascii: "\""):
        inString = true
      case UInt8(ascii: "{"), UInt8(ascii: "["):
        depth += 1
        guard depth <= maxRequestNesting else {
          throw DecodeError(
            "JSON request nests deeper than \(maxRequestNesting) levels", offset: offset)
        }
      case UInt8(ascii: "}"), UInt8(ascii: "]"):
        depth -= 1
      default:
        break
      }
    }
  }

  /// The explicit "type", or the type the fields imply: authorizations → 4, blob fields → 3,
  /// EIP-1559 fees → 2, a gas price → 1 with an access list else 0, and with no price at all
  /// 2, which is what current wallets fill in.
  private static func requestType(_ fields: RequestFields) throws(DecodeError) -> TransactionType {
    if let explicit = try fields.quantity("type") {
      guard let raw = explicit.uint64Value, raw <= 0x7f,
        let type = TransactionType(rawValue: UInt8(raw))
      else {
        throw DecodeError("type \(explicit.hexString) is not a known transaction type")
      }
      return type
    }
    if fields.has("gasPrice") && fields.has("maxFeePerGas", "maxPriorityFeePerGas") {
      throw DecodeError("gasPrice cannot be combined with maxFeePerGas or maxPriorityFeePerGas")
    }
    if fields.has("authorizationList") { return .setCode }
    if fields.has("blobVersionedHashes", "maxFeePerBlobGas") { return .blob }
    if fields.has("maxFeePerGas", "maxPriorityFeePerGas") { return .dynamicFee }
    if fields.has("gasPrice") { return fields.has("accessList") ? .accessList : .legacy }
    return .dynamicFee
  }

  /// Throws for a field the type has no place for, rather than silently dropping what the app
  /// asked for.
  private static func checkFieldsBelong(
    to type: TransactionType, _ fields: RequestFields
  ) throws(DecodeError) {
    let foreign: [String]
    switch type {
    case .legacy:
      foreign = [
        "maxFeePerGas", "maxPriorityFeePerGas", "accessList", "maxFeePerBlobGas",
        "blobVersionedHashes", "authorizationList",
      ]
    case .accessList:
      foreign = [
        "maxFeePerGas", "maxPriorityFeePerGas", "maxFeePerBlobGas", "blobVersionedHashes",
        "authorizationList",
      ]
    case .dynamicFee:
      foreign = ["gasPrice", "maxFeePerBlobGas", "blobVersionedHashes", "authorizationList"]
    case .blob:
      foreign = ["gasPrice", "authorizationList"]
    case .setCode:
      foreign = ["gasPrice", "maxFeePerBlobGas", "blobVersionedHashes"]
    }
    if let field = foreign.first(where: { fields.has($0) }) {
      throw DecodeError(
        "\(field) is not a field of a type \(type.rawValue) (\(type.eipName)) transaction")
    }
  }

  private static func accessListEntry(
    _ value: JSONValue, field: String
  ) throws(DecodeError) -> AccessListEntry {
    let entry = try RequestFields.object(value, field: field)
    guard let address = try entry.address("address") else {
      throw DecodeError("\(field).address is required")
    }
    let keys =
      try entry.array("storageKeys") { key, keyField throws(DecodeError) in
        try RequestFields.bytes(key, field: keyField, length: 32)
      } ?? []
    return AccessListEntry(address: address, storageKeys: keys)
  }

  /// An EIP-7702 tuple as geth's JSON shows it; its authority is recovered like a signed one's.
  private static func authorization(
    _ value: JSONValue, field: String
  ) throws(DecodeError) -> Authorization {
    let tuple = try RequestFields.object(value, field: field)
    guard let address = try tuple.address("address") else {
      throw DecodeError("\(field).address is required")
    }
    var authorization = Authorization(
      chainId: try tuple.quantity("chainId") ?? .zero,
      address: address,
      nonce: try tuple.quantity("nonce") ?? .zero,
      yParity: try tuple.quantity("yParity", "v") ?? .zero,
      r: try tuple.quantity("r") ?? .zero,
      s: try tuple.quantity("s") ?? .zero)
    authorization.recoverAuthority()
    return authorization
  }
}
