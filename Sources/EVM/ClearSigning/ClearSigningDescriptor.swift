import Foundation
import TxrayCore

/// One ERC-7730 descriptor, includes merged: where it applies and how to display each function
/// or message it covers.
public struct ClearSigningDescriptor: Sendable {
  public enum Binding: String, Sendable {
    /// Calls to a contract (`context.contract`).
    case contract
    /// EIP-712 messages for a verifying contract (`context.eip712`).
    case eip712
  }

  public struct Deployment: Sendable, Hashable {
    public var chainId: UInt256
    public var address: Address
  }

  /// One entry of `display.formats`.
  public struct Format: Sendable {
    /// The format key: a function declaration or an EIP-712 encodeType.
    public var key: String
    public var intent: String?
    /// The key parsed as a function (contract binding), with the parameter names paths use.
    public var function: ABIFunction?
    /// The struct name the key starts with (EIP-712 binding).
    public var primaryType: String?
    /// The field specifications, kept as JSON and interpreted when a call or message matches.
    var fields: [JSONValue]
  }

  /// The file the descriptor came from, relative to the directory it was loaded from.
  public var file: String
  public var binding: Binding
  public var deployments: [Deployment]
  /// `context.eip712.domain.name`, which a message's domain must carry when given.
  public var domainName: String?
  /// `context.eip712.domainSeparator`, which a message's domain separator must equal when given.
  public var domainSeparator: [UInt8]?
  /// `metadata.owner` or `metadata.contractName`, to say whose descriptor matched.
  public var owner: String?
  public var formats: [Format]
  /// Format keys that could not be parsed, with why; the rest of the file is still usable.
  public var skippedFormats: [(key: String, reason: String)]
  /// The whole merged document: `$.` paths (constants, enums, definitions) resolve against it.
  var document: JSONValue

  init(document: JSONValue, file: String) throws(ClearSigningError) {
    self.file = file
    self.document = document
    // Files without a context or without formats are partial descriptors that others
    // `includes`; they are not errors, but there is nothing to bind on their own.
    guard let context = document["context"]?.objectMembers else {
      throw ClearSigningError(
        .template, file: file, "no 'context': a partial descriptor for 'includes'")
    }
    let contract = context.first { $0.key == "contract" }?.value
    let eip712 = context.first { $0.key == "eip712" }?.value
    switch (contract, eip712) {
    case (let contract?, nil):
      binding = .contract
      deployments = try Self.deployments(contract["deployments"], file: file)
      if deployments.isEmpty, contract["factory"] != nil {
        throw ClearSigningError(
          .unsupported, file: file, "binds to contracts a factory deploys, which needs chain data")
      }
    case (nil, let eip712?):
      binding = .eip712
      deployments = try Self.deployments(eip712["deployments"], file: file)
      domainName = eip712["domain"]?["name"]?.stringValue
      if let separator = eip712["domainSeparator"] {
        guard let text = separator.stringValue, let bytes = try? Hex.decode(text), bytes.count == 32
        else {
          throw ClearSigningError(
            .malformed, file: file, "'domainSeparator' must be 32 bytes of hex")
        }
        domainSeparator = bytes
      }
    default:
      throw ClearSigningError(
        .malformed, file: file, "'context' needs exactly one of contract, eip712")
    }
    guard !deployments.isEmpty else {
      throw ClearSigningError(.template, file: file, "no deployments: a template for 'includes'")
    }
    owner =
      document["metadata"]?["owner"]?.stringValue
      ?? document["metadata"]?["contractName"]?.stringValue
    guard let display = document["display"] else {
      throw ClearSigningError(
        .template, file: file, "no 'display': a partial descriptor for 'includes'")
    }
    guard let entries = display["formats"]?.objectMembers else {
      throw ClearSigningError(.malformed, file: file, "'display.formats' must be an object")
    }
    formats = []
    skippedFormats = []
    for (key, spec) in entries {
      do {
        formats.append(try Self.format(key, spec, binding: binding))
      } catch {
        skippedFormats.append((key, error.message))
      }
    }
    guard !formats.isEmpty else {
      let reason = skippedFormats.first.map { "\($0.key): \($0.reason)" } ?? "none given"
      throw ClearSigningError(.malformed, file: file, "no usable display format (\(reason))")
    }
  }

  private static func deployments(_ json: JSONValue?, file: String) throws(ClearSigningError)
    -> [Deployment]
  {
    guard let json else { return [] }
    guard let items = json.arrayItems else {
      throw ClearSigningError(.malformed, file: file, "'deployments' must be an array")
    }
    var found: [Deployment] = []
    for (i, item) in items.enumerated() {
      guard case .number(let digits)? = item["chainId"],
        let chainId = UInt256(decimalString: digits),
        let text = item["address"]?.stringValue, text.utf8.count == 42,
        let address = Address(hex: text)
      else {
        throw ClearSigningError(
          .malformed, file: file, "deployments[\(i)] needs an integer chainId and an address")
      }
      found.append(Deployment(chainId: chainId, address: address))
    }
    return found
  }

  private static func format(_ key: String, _ spec: JSONValue, binding: Binding) throws(ABIError)
    -> Format
  {
    guard spec.objectMembers != nil else { throw ABIError("format must be an object") }
    var format = Format(
      key: key, intent: intentText(spec["intent"]), fields: spec["fields"]?.arrayItems ?? [])
    switch binding {
    case .contract:
      format.function = try ABIFunction(parsing: key)
    case .eip712:
      guard let open = key.firstIndex(of: "("), open > key.startIndex else {
        throw ABIError("'\(key)' is not an EIP-712 encodeType")
      }
      format.primaryType = key[..<open].trimmingCharacters(in: .whitespaces)
    }
    return format
  }

  /// A string intent as is; an object intent (`{"Swap": "…"}`) as "key: value" pairs.
  private static func intentText(_ json: JSONValue?) -> String? {
    switch json {
    case .string(let text)?: return text
    case .object(let members)?:
      return members.map { pair in
        pair.value.stringValue.map { "\(pair.key): \($0)" } ?? pair.key
      }.joined(separator: ", ")
    default: return nil
    }
  }
}
