import TxrayCore

/// What a piece of calldata asks a contract to do, as far as txray could tell.
///
/// The same shape describes a top-level call, a call nested inside a batch (multicall, Safe,
/// MultiSend, ERC-4337) and one Universal Router command, so a front end renders them all with one
/// recursive function.
public struct DecodedCall: Sendable, Equatable {
  /// Where the function's description came from, best first.
  public enum Source: String, Sendable, CaseIterable {
    /// An ERC-7730 clear-signing descriptor.
    case descriptor
    /// txray's bundled selector registry.
    case registry
    /// A JSON ABI the user supplied (`--abi` or the config directory).
    case abi
    /// No ABI: argument words read by shape only (see `CalldataGuesser`).
    case guess
    /// Nothing could be said beyond the selector.
    case unknown
  }

  /// One decoded argument.
  public struct Argument: Sendable, Equatable {
    /// Name from the ABI; empty when the ABI had none.
    public var name: String
    public var type: ABIType
    public var value: ABIValue

    public init(name: String, type: ABIType, value: ABIValue) {
      self.name = name
      self.type = type
      self.value = value
    }
  }

  /// The 4-byte function selector; for a Universal Router command, the single command byte.
  public var selector: [UInt8]
  /// Canonical signature, e.g. `approve(address,uint256)`; nil when unknown.
  public var signature: String?
  /// Function (or command) name, e.g. `approve`, `V3_SWAP_EXACT_IN`; nil when unknown.
  public var functionName: String?
  public var arguments: [Argument]
  /// Calls this one carries and will make, decoded recursively (bounded depth).
  public var calls: [DecodedCall]
  /// A short label for people, e.g. "Approve token spending"; nil when there is none.
  public var intent: String?
  public var source: Source
  /// Contract this nested call is sent to, when the batch says so (Multicall3, Safe, MultiSend).
  public var target: Address?
  /// Native value sent with this nested call, when the batch says so.
  public var value: UInt256?
  /// The batch runs this nested call with DELEGATECALL (a Safe's operation 1): its code runs as
  /// the batching account itself.
  public var isDelegateCall = false
  /// Other functions with the same selector whose arguments also decode cleanly: the selector
  /// is ambiguous and no ABI for the contract settled it. Empty when unambiguous.
  public var alternatives: [DecodedCall]
  /// Why the call (or a part of it) could not be decoded further, e.g. an inner call's decoding
  /// error; nil when everything decoded.
  public var note: String?

  public init(
    selector: [UInt8], signature: String? = nil, functionName: String? = nil,
    arguments: [Argument] = [], calls: [DecodedCall] = [], intent: String? = nil,
    source: Source, target: Address? = nil, value: UInt256? = nil,
    alternatives: [DecodedCall] = [], note: String? = nil
  ) {
    self.selector = selector
    self.signature = signature
    self.functionName = functionName
    self.arguments = arguments
    self.calls = calls
    self.intent = intent
    self.source = source
    self.target = target
    self.value = value
    self.alternatives = alternatives
    self.note = note
  }
}
