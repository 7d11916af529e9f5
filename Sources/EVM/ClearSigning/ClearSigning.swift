import TxrayCore

/// Applies ERC-7730 descriptors: finds the one that covers a call or a typed-data message and
/// renders its intent and fields.
public struct ClearSigning: Sendable {
  public var registry: ClearSigningRegistry
  /// Tokens named when no descriptor states them: the bundled lists, extended by the user's.
  public var tokens: TokenList
  /// Nested `calldata` fields are followed this deep, so a self-referencing batch cannot recurse
  /// without end.
  static let maxNesting = 4

  public init(registry: ClearSigningRegistry, tokens: TokenList = BundledEVMTokens.list) {
    self.registry = registry
    self.tokens = tokens
  }

  /// A token's ticker and decimals, from a loaded descriptor's `metadata.token`, else the token
  /// list; nil when neither knows it.
  public func tokenInfo(chainId: UInt256, address: Address) -> TokenInfo? {
    if let stated = registry.token(chainId: chainId, address: address) { return stated }
    guard let id = chainId.uint64Value,
      let listed = tokens.lookup(TokenList.evm(id), address.checksummed)
    else { return nil }
    return TokenInfo(ticker: listed.symbol, decimals: listed.decimals, source: listed.source)
  }

  /// Who the contract at `address` belongs to, as a descriptor deployed there says
  /// (`metadata.owner`); nil when no descriptor covers it.
  public func owner(chainId: UInt256, address: Address) -> String? {
    registry.owners[ClearSigningRegistry.Deployment(chainId: chainId, address: address)]
  }

  /// Every deployment on `chainId` a descriptor names an owner for, by checksummed address.
  public func owners(chainId: UInt256) -> [String: String] {
    var out: [String: String] = [:]
    for (deployment, owner) in registry.owners where deployment.chainId == chainId {
      out[deployment.address.checksummed] = owner
    }
    return out
  }

  /// The transaction facts `@.` paths read.
  public struct Container: Sendable {
    public var chainId: UInt256
    public var to: Address
    public var from: Address?
    public var value: UInt256

    public init(chainId: UInt256, to: Address, from: Address? = nil, value: UInt256 = .zero) {
      self.chainId = chainId
      self.to = to
      self.from = from
      self.value = value
    }
  }

  /// The descriptor view of a call the ABI decoder already decoded; nil when no descriptor
  /// covers (chainId, to, selector) with the same canonical signature.
  public func describe(call: DecodedCall, chainId: UInt256, to: Address) -> ClearSignedCall? {
    describe(call: call, in: Container(chainId: chainId, to: to))
  }

  public func describe(call: DecodedCall, in container: Container) -> ClearSignedCall? {
    let key = ClearSigningRegistry.ContractKey(
      chainId: container.chainId, address: container.to, selector: call.selector)
    for entry in registry.calls[key] ?? [] {
      let (descriptor, format) = registry.format(entry)
      guard let function = format.function, call.signature == function.signature,
        call.arguments.count == function.inputs.count,
        zip(call.arguments, function.inputs).allSatisfy({ $0.type == $1.type })
      else { continue }
      let values = call.arguments.map(\.value)
      return render(
        descriptor, format, arguments: values, container: container, depth: 0)
    }
    return nil
  }

  /// Decodes `calldata` with the matching descriptor's own declaration and renders it; nil when
  /// no descriptor covers it or it does not decode as that declaration says.
  public func describe(calldata: [UInt8], in container: Container) -> ClearSignedCall? {
    describe(calldata: calldata, in: container, depth: 0)
  }

  func describe(calldata: [UInt8], in container: Container, depth: Int) -> ClearSignedCall? {
    guard calldata.count >= 4, depth <= Self.maxNesting else { return nil }
    let key = ClearSigningRegistry.ContractKey(
      chainId: container.chainId, address: container.to, selector: Array(calldata.prefix(4)))
    for entry in registry.calls[key] ?? [] {
      let (descriptor, format) = registry.format(entry)
      guard let function = format.function,
        let values = try? ABIDecoder.decodeArguments(of: function, calldata: calldata)
      else { continue }
      return render(descriptor, format, arguments: values, container: container, depth: depth)
    }
    return nil
  }

  /// The descriptor view of a typed-data message: bound by chain, verifying contract and
  /// primary type, and the format key must equal the message's encodeType exactly.
  public func describe(typedData: TypedData) -> ClearSignedCall? {
    guard let chainId = typedData.chainId, let contract = typedData.verifyingContract else {
      return nil
    }
    let key = ClearSigningRegistry.MessageKey(
      chainId: chainId, verifyingContract: contract, primaryType: typedData.primaryType)
    let encoded = typedData.encodedPrimaryType
    for entry in registry.messages[key] ?? [] {
      let (descriptor, format) = registry.format(entry)
      guard Self.sameEncodeType(format.key, encoded) else { continue }
      if let name = descriptor.domainName, name != typedData.domainName { continue }
      if let separator = descriptor.domainSeparator, separator != typedData.domainSeparator {
        continue
      }
      let container = Container(chainId: chainId, to: contract, from: typedData.signer)
      return render(
        descriptor, format, data: .typedData(typedData.message), container: container, depth: 0)
    }
    return nil
  }

  /// Descriptor keys are sometimes written with spaces after commas; encodeType has none.
  static func sameEncodeType(_ key: String, _ encoded: String) -> Bool {
    key.replacingOccurrences(of: ", ", with: ",") == encoded
  }

  private func render(
    _ descriptor: ClearSigningDescriptor, _ format: ClearSigningDescriptor.Format,
    arguments: [ABIValue], container: Container, depth: Int
  ) -> ClearSignedCall {
    let inputs = format.function?.inputs ?? []
    var call = render(
      descriptor, format, data: .arguments(inputs, arguments), container: container, depth: depth)
    call.function = format.function
    call.arguments = arguments
    return call
  }

  private func render(
    _ descriptor: ClearSigningDescriptor, _ format: ClearSigningDescriptor.Format,
    data: DisplayNode, container: Container, depth: Int
  ) -> ClearSignedCall {
    var formatter = FieldFormatter(
      clearSigning: self, descriptor: descriptor, root: data, container: container, depth: depth)
    return ClearSignedCall(
      intent: format.intent, fields: formatter.fields(format.fields, relativeTo: [data]),
      descriptorFile: descriptor.file, owner: descriptor.owner, function: nil, arguments: [])
  }
}

extension String {
  fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
    split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
  }
}
