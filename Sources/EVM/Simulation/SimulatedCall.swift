import TxrayCore

/// One node of the executed call tree with what txray understood of it: the method called
/// (decoded with the callee's ABI, or its EIP-1967 implementation's for a proxy) and, for a
/// failed frame, why.
public struct SimulatedCall: Sendable, Equatable {
  public var frame: CallFrame
  /// The function name, e.g. `transfer`; nil when unknown, for creations and plain transfers.
  public var method: String?
  /// The canonical signature, e.g. `transfer(address,uint256)`.
  public var signature: String?
  /// The implementation behind a proxy (EIP-1967 slot), when the callee is one.
  public var implementation: Address?
  /// Why the frame failed (decoded revert data or the halt); nil on success.
  public var revert: RevertReason?
  public var calls: [SimulatedCall]

  public init(
    frame: CallFrame, method: String? = nil, signature: String? = nil,
    implementation: Address? = nil, revert: RevertReason? = nil, calls: [SimulatedCall] = []
  ) {
    self.frame = frame
    self.method = method
    self.signature = signature
    self.implementation = implementation
    self.revert = revert
    self.calls = calls
  }
}

/// Builds the decoded tree from the executor's frames. Implementation slots are read once per
/// callee, so a loop calling one contract costs one state read.
struct CallTreeDecoder {
  let decoder: CallDecoder
  let view: any PostStateView
  let errors: [ABIFunction]
  private var implementations: [Address: Address?] = [:]

  /// EIP-1967's implementation slot: `bytes32(uint256(keccak256("eip1967.proxy.implementation")) - 1)`.
  static let implementationSlot =
    (UInt256(bigEndianBytes: Keccak256.hash(Array("eip1967.proxy.implementation".utf8))) ?? .zero)
    &- 1

  init(decoder: CallDecoder, view: any PostStateView, errors: [ABIFunction]) {
    self.decoder = decoder
    self.view = view
    self.errors = errors
  }

  mutating func decode(_ frame: CallFrame) -> SimulatedCall {
    var call = SimulatedCall(frame: frame)
    if !frame.success {
      call.revert =
        frame.error == nil || frame.error == "revert"
        ? RevertReason.decode(frame.output, errors: errors)
        : RevertReason(reason: frame.error, data: frame.output)
    }
    if frame.kind != .create, frame.kind != .create2, frame.input.count >= 4 {
      let implementation = implementation(of: frame.to)
      call.implementation = implementation
      var decoded = decoder.decode(calldata: frame.input, contract: frame.to)
      if decoded.source != .abi, let implementation {
        let viaImplementation = decoder.decode(calldata: frame.input, contract: implementation)
        if viaImplementation.source == .abi { decoded = viaImplementation }
      }
      if decoded.source == .abi || decoded.source == .registry {
        call.method = decoded.functionName.map(TerminalSafeText.sanitize)
        call.signature = decoded.signature
      }
    }
    call.calls = frame.children.map { decode($0) }
    return call
  }

  private mutating func implementation(of address: Address) -> Address? {
    if let known = implementations[address] { return known }
    let slot = view.storage(address, slot: Self.implementationSlot)
    let found = slot.flatMap { $0.isZero ? nil : TokenEvent.address($0) }
    implementations[address] = found
    return found
  }
}
