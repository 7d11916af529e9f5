/// What an ERC-7730 descriptor says a call or message does: its intent and its fields, each
/// formatted for people as the descriptor asks.
public struct ClearSignedCall: Sendable, Equatable {
  public var intent: String?
  public var fields: [ClearSignedField]
  /// The descriptor file that matched, relative to its directory.
  public var descriptorFile: String
  /// Who wrote or owns the descriptor (`metadata.owner`).
  public var owner: String?
  /// For a call: the descriptor's declaration of the function and the arguments decoded with
  /// it; nil and empty for typed data.
  public var function: ABIFunction?
  public var arguments: [ABIValue]
}

/// One displayed field.
public struct ClearSignedField: Sendable, Equatable {
  public var label: String
  public var value: String
  /// The ERC-7730 format used (`tokenAmount`, `date`, `raw` …).
  public var format: String
  /// For a `calldata` field: the call it carries, when a descriptor describes that too.
  public var nested: [ClearSignedCall]
}
