import Foundation
import TxrayCore

/// Turns a descriptor's field specifications into displayed fields for one call or message.
///
/// A field whose path does not resolve, or whose value does not fit its format, is still shown
/// (as the raw value or as "unresolved"), never dropped: hiding it would show the signer less
/// than the descriptor promised.
struct FieldFormatter {
  let clearSigning: ClearSigning
  let descriptor: ClearSigningDescriptor
  let root: DisplayNode
  let container: ClearSigning.Container
  let depth: Int
  /// Field specifications (with `$ref` definitions and groups) a descriptor may expand to; a
  /// hostile file cannot make rendering run away.
  private var budget = 2_000

  init(
    clearSigning: ClearSigning, descriptor: ClearSigningDescriptor, root: DisplayNode,
    container: ClearSigning.Container, depth: Int
  ) {
    self.clearSigning = clearSigning
    self.descriptor = descriptor
    self.root = root
    self.container = container
    self.depth = depth
  }

  /// Field groups nest at most this deep; a definition that refers to itself stops here.
  static let maxGroupDepth = 16

  mutating func fields(
    _ specs: [JSONValue], relativeTo bases: [DisplayNode], level: Int = 0
  ) -> [ClearSignedField] {
    var out: [ClearSignedField] = []
    guard level <= Self.maxGroupDepth else { return out }
    for base in bases {
      for spec in specs {
        budget -= 1
        guard budget >= 0 else { return out }
        out += field(expandReference(spec), base: base, level: level)
      }
    }
    return out
  }

  /// A `$ref` to `$.display.definitions.NAME`, with the referring field's members on top.
  private func expandReference(_ spec: JSONValue) -> JSONValue {
    guard case .string(let reference)? = spec["$ref"], let path = FieldPath(reference),
      path.root == .descriptor, let definition = documentValue(path.steps)
    else { return spec }
    return DescriptorDocument.merge(definition, over: spec.removing("$ref"))
  }

  private mutating func field(_ spec: JSONValue, base: DisplayNode, level: Int)
    -> [ClearSignedField]
  {
    if isHidden(spec) { return [] }
    let label = spec["label"]?.stringValue ?? spec["path"]?.stringValue ?? "field"
    let format = spec["format"]?.stringValue ?? "raw"
    if case .string(let constant)? = spec["value"] {
      let shown = FieldPath(constant).flatMap {
        $0.root == .descriptor ? documentValue($0.steps) : nil
      }
      return [plain(label, shown?.stringValue ?? constant, format)]
    }
    guard case .string(let pathText)? = spec["path"], let path = FieldPath(pathText) else {
      if let group = spec["fields"]?.arrayItems {
        return fields(group, relativeTo: [base], level: level + 1)
      }
      return [plain(label, "unresolved: no path", format)]
    }
    guard let nodes = resolve(path, base: base) else {
      return [plain(label, "unresolved path \(pathText)", format)]
    }
    if let group = spec["fields"]?.arrayItems {
      return fields(group, relativeTo: nodes, level: level + 1)
    }
    let params = spec["params"]
    return nodes.map { node in
      var nested: [ClearSignedCall] = []
      let value = render(node, format: format, params: params, base: base, nested: &nested)
      return ClearSignedField(label: label, value: value, format: format, nested: nested)
    }
  }

  private func plain(_ label: String, _ value: String, _ format: String) -> ClearSignedField {
    ClearSignedField(label: label, value: value, format: format, nested: [])
  }

  /// `visible: "never"` hides a field; rule objects (`ifNotIn`, `mustMatch`) hide it when
  /// the value is one the rule lists.
  private func isHidden(_ spec: JSONValue) -> Bool {
    switch spec["visible"] {
    case .string("never")?: return true
    case .object?:
      guard let rule = spec["visible"], case .string(let pathText)? = spec["path"],
        let path = FieldPath(pathText), let node = resolve(path, base: root)?.first,
        case .leaf(let type, let value) = node
      else { return false }
      let shown = value.text(as: type).lowercased()
      let listed = (rule["ifNotIn"]?.arrayItems ?? []) + (rule["mustMatch"]?.arrayItems ?? [])
      return listed.contains { ($0.stringValue ?? jsonNumber($0))?.lowercased() == shown }
    default: return false
    }
  }

  private func jsonNumber(_ json: JSONValue) -> String? {
    if case .number(let digits) = json { return digits }
    return nil
  }

  func resolve(_ path: FieldPath, base: DisplayNode) -> [DisplayNode]? {
    switch path.root {
    case .data: return root.resolve(path.steps[...])
    case .relative: return base.resolve(path.steps[...])
    case .container:
      guard path.steps.count == 1, case .member(let name) = path.steps[0] else { return nil }
      switch name {
      case "to": return [.leaf(.address, .address(container.to))]
      case "from": return container.from.map { [.leaf(.address, .address($0))] }
      case "value": return [.leaf(.uint(bits: 256), .uint(container.value))]
      case "chainId": return [.leaf(.uint(bits: 256), .uint(container.chainId))]
      default: return nil
      }
    case .descriptor:
      guard let value = documentValue(path.steps) else { return nil }
      switch value {
      case .string(let text):
        if let address = Address(hex: text), text.utf8.count == 42 {
          return [.leaf(.address, .address(address))]
        }
        if let number = UInt256(hexString: text) ?? UInt256(decimalString: text) {
          return [.leaf(.uint(bits: 256), .uint(number))]
        }
        return [.leaf(.string, .string(text))]
      case .number(let digits):
        return UInt256(decimalString: digits).map { [.leaf(.uint(bits: 256), .uint($0))] }
      default: return nil
      }
    }
  }

  /// A value inside the descriptor document, e.g. `metadata.constants.usdcToken`.
  func documentValue(_ steps: [FieldPath.Step]) -> JSONValue? {
    var current: JSONValue? = descriptor.document
    for step in steps {
      switch step {
      case .member(let name): current = current?[name]
      case .index(let i):
        guard let items = current?.arrayItems, items.indices.contains(i) else { return nil }
        current = items[i]
      default: return nil
      }
    }
    return current
  }

  /// A parameter that may be a literal or a `$.` reference into the descriptor.
  func parameter(_ params: JSONValue?, _ name: String) -> JSONValue? {
    guard let value = params?[name] else { return nil }
    if case .string(let text) = value, text.hasPrefix("$."), let path = FieldPath(text) {
      return documentValue(path.steps)
    }
    return value
  }

  private func render(
    _ node: DisplayNode, format: String, params: JSONValue?, base: DisplayNode,
    nested: inout [ClearSignedCall]
  ) -> String {
    guard case .leaf(let type, let value) = node else { return rawText(node) }
    switch format {
    case "tokenAmount": return tokenAmount(value, params: params, base: base) ?? rawText(node)
    case "amount":
      guard let units = value.integerValue else { return rawText(node) }
      return Amount(units: units, decimals: 18, symbol: nativeSymbol).description
    case "date":
      guard let number = value.integerValue else { return rawText(node) }
      if parameter(params, "encoding")?.stringValue == "blockheight" {
        return "block \(number.decimalString)"
      }
      return UnixTime.format(number)
    case "duration":
      return value.integerValue.map(UnixTime.duration) ?? rawText(node)
    case "unit": return unit(value, params: params) ?? rawText(node)
    case "enum": return enumName(value, params: params) ?? rawText(node)
    case "addressName", "nftName":
      guard let address = value.addressValue else {
        return nftName(value, params: params, base: base) ?? rawText(node)
      }
      if addresses(parameter(params, "senderAddress")).contains(address) {
        // ERC-7730: this address stands for the sender (`@.from`), as ParaSwap's zero
        // beneficiary does.
        return container.from.map { "\($0.checksummed) (the sender)" } ?? "the sender"
      }
      return addressName(address)
    case "calldata":
      return calldata(value, params: params, base: base, nested: &nested) ?? rawText(node)
    default:
      return value.text(as: type)
    }
  }

  private func rawText(_ node: DisplayNode) -> String {
    switch node {
    case .leaf(let type, let value): return value.text(as: type)
    case .list(let items): return "[" + items.map(rawText).joined(separator: ", ") + "]"
    case .record(let members):
      return "(" + members.map { "\($0.name): \(rawText($0.node))" }.joined(separator: ", ") + ")"
    }
  }

  private var nativeSymbol: String {
    EVMChain.nativeAsset(chainId: container.chainId).symbol ?? "ETH"
  }

  /// An address, named when it is the contract the descriptor is for, a well-known contract,
  /// or one another loaded descriptor is deployed at.
  private func addressName(_ address: Address) -> String {
    let name =
      (address == container.to ? descriptor.owner : nil)
      ?? KnownContracts.name(chainId: container.chainId, address: address)
      ?? clearSigning.owner(chainId: container.chainId, address: address)
    return name.map { "\(address.checksummed) (\($0))" } ?? address.checksummed
  }

  private func tokenAmount(_ value: ABIValue, params: JSONValue?, base: DisplayNode) -> String? {
    guard let units = value.integerValue else { return nil }
    var token: Address?
    if case .string(let pathText)? = params?["tokenPath"], let path = FieldPath(pathText),
      case .leaf(_, let tokenValue)? = resolve(path, base: base)?.first
    {
      token = tokenValue.addressValue
    } else if case .string(let text)? = parameter(params, "token") {
      token = Address(hex: text)
    }
    let info: TokenInfo?
    if let token, !nativeAddresses(params).contains(token) {
      info = clearSigning.tokenInfo(chainId: container.chainId, address: token)
    } else if token == nil {
      // No token named, or a path that does not lead to an address: ERC-7730 says to show the
      // raw value as of an unknown token (a device shows "???"), never to assume the coin.
      info = nil
    } else {
      // The address the descriptor uses for the native currency.
      info = TokenInfo(ticker: nativeSymbol, decimals: 18)
    }
    let threshold: UInt256? = {
      guard case .string(let text)? = parameter(params, "threshold") else { return nil }
      return UInt256(hexString: text) ?? UInt256(decimalString: text)
    }()
    let tokenName =
      info?.ticker ?? token.map { "of token \($0.checksummed)" } ?? "of an unknown token"
    if let threshold, units >= threshold {
      let message = parameter(params, "message")?.stringValue ?? "Unlimited"
      return "\(message) \(tokenName)"
    }
    guard let info else { return "\(units.decimalString) base units \(tokenName)" }
    return Amount(units: units, decimals: info.decimals, symbol: info.ticker).description
  }

  private func nativeAddresses(_ params: JSONValue?) -> [Address] {
    addresses(parameter(params, "nativeCurrencyAddress"))
  }

  /// An address parameter: one address or a list, each a literal or a `$.` reference
  /// (`["$.metadata.constants.addressAsEth", …]`).
  private func addresses(_ value: JSONValue?) -> [Address] {
    let items: [JSONValue]
    switch value {
    case .string(let text)?: items = [.string(text)]
    case .array(let list)?: items = list
    default: return []
    }
    return items.compactMap { item in
      guard let text = item.stringValue else { return nil }
      if text.hasPrefix("$."), let path = FieldPath(text) {
        return documentValue(path.steps)?.stringValue.flatMap(Address.init(hex:))
      }
      return Address(hex: text)
    }
  }

  private func unit(_ value: ABIValue, params: JSONValue?) -> String? {
    guard let units = value.integerValue else { return nil }
    // Midas's descriptors give a blank base (" "): it reads as no unit, not a trailing space.
    let base = (parameter(params, "base")?.stringValue ?? "").trimmingCharacters(in: .whitespaces)
    var decimals = 0
    if case .number(let digits)? = parameter(params, "decimals"), let n = Int(digits),
      (0...77).contains(n)
    {
      decimals = n
    }
    let number = Amount(units: units, decimals: decimals, symbol: "").description
    // A word unit reads apart from its number ("113.82 POL"); a sign joins it ("1.5%").
    let joined = base.isEmpty || !(base.first?.isLetter ?? false)
    return joined ? number + base : number + " " + base
  }

  private func enumName(_ value: ABIValue, params: JSONValue?) -> String? {
    guard let number = value.integerValue,
      case .string(let reference)? = params?["$ref"], let path = FieldPath(reference),
      let table = documentValue(path.steps)
    else { return nil }
    return table[number.decimalString]?.stringValue.map { "\($0) (\(number.decimalString))" }
  }

  private func nftName(_ value: ABIValue, params: JSONValue?, base: DisplayNode) -> String? {
    guard let id = value.integerValue else { return nil }
    var collection: Address?
    if case .string(let pathText)? = params?["collectionPath"], let path = FieldPath(pathText),
      case .leaf(_, let found)? = resolve(path, base: base)?.first
    {
      collection = found.addressValue
    } else if case .string(let text)? = parameter(params, "collection") {
      collection = Address(hex: text)
    }
    return "token #\(id.decimalString)"
      + (collection.map { " of collection \($0.checksummed)" } ?? "")
  }

  /// A call carried as bytes: described through the callee's descriptor when there is one.
  private func calldata(
    _ value: ABIValue, params: JSONValue?, base: DisplayNode, nested: inout [ClearSignedCall]
  ) -> String? {
    guard case .bytes(let bytes) = value.byteForm else { return nil }
    var callee: Address?
    if case .string(let pathText)? = params?["calleePath"], let path = FieldPath(pathText),
      case .leaf(_, let found)? = resolve(path, base: base)?.first
    {
      callee = found.addressValue
    } else if case .string(let text)? = parameter(params, "callee") {
      callee = Address(hex: text)
    }
    var amount = UInt256.zero
    if case .string(let pathText)? = params?["amountPath"], let path = FieldPath(pathText),
      case .leaf(_, let found)? = resolve(path, base: base)?.first, let number = found.integerValue
    {
      amount = number
    }
    let selector = bytes.count >= 4 ? Hex.encode(bytes.prefix(4)) : "none"
    guard let callee else { return "\(bytes.count) bytes of calldata, selector \(selector)" }
    let inner = ClearSigning.Container(
      chainId: container.chainId, to: callee, from: container.to, value: amount)
    if let call = clearSigning.describe(calldata: bytes, in: inner, depth: depth + 1) {
      nested.append(call)
      return "call to \(callee.checksummed): \(call.intent ?? "described below")"
    }
    return tokenCall(bytes, callee: callee)
      ?? "call to \(callee.checksummed), selector \(selector), \(bytes.count) bytes"
  }

  /// An ERC-20 `transfer` or `approve` carried as calldata (a Safe's transaction), said with the
  /// callee's token when no descriptor covers it; nil for any other call.
  private func tokenCall(_ bytes: [UInt8], callee: Address) -> String? {
    guard bytes.count == 68, bytes[4..<16].allSatisfy({ $0 == 0 }),
      let party = Address(bytes: bytes[16..<36]),
      let units = UInt256(bigEndianBytes: bytes[36..<68])
    else { return nil }
    let info = clearSigning.tokenInfo(chainId: container.chainId, address: callee)
    let amount =
      info.map { Amount(units: units, decimals: $0.decimals, symbol: $0.ticker).description }
      ?? "\(units.decimalString) base units of token \(callee.checksummed)"
    switch Hex.encode(bytes.prefix(4)) {
    case "0xa9059cbb": return "send \(amount) to \(addressName(party))"
    case "0x095ea7b3": return "allow \(addressName(party)) to spend \(amount)"
    default: return nil
    }
  }
}
