import TxrayCore

/// How a frame was entered.
public enum CallKind: String, Sendable {
  case call, staticcall, delegatecall, callcode, create, create2
}

/// One node of the call tree: a message call or creation with what it was given and returned.
public struct CallFrame: Sendable, Equatable {
  public var kind: CallKind
  public var from: Address
  /// The account whose code ran (for a creation, the new contract's address).
  public var to: Address
  public var value: UInt256
  /// Calldata, or the initcode of a creation.
  public var input: [UInt8]
  /// Return data, revert data, or the deployed code of a successful creation.
  public var output: [UInt8]
  public var gasUsed: UInt64
  public var success: Bool
  /// Why the frame failed: "revert", "out of gas", "invalid opcode 0xfe", …; nil on success.
  public var error: String?
  public var children: [CallFrame]

  public init(
    kind: CallKind, from: Address, to: Address, value: UInt256, input: [UInt8],
    output: [UInt8] = [], gasUsed: UInt64 = 0, success: Bool = true, error: String? = nil,
    children: [CallFrame] = []
  ) {
    self.kind = kind
    self.from = from
    self.to = to
    self.value = value
    self.input = input
    self.output = output
    self.gasUsed = gasUsed
    self.success = success
    self.error = error
    self.children = children
  }
}
