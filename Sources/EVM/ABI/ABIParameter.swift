/// One named slot of a function's inputs, or one field of a tuple.
public struct ABIParameter: Sendable, Hashable {
  /// The name given in the ABI; empty when the ABI left it out.
  public var name: String
  public var type: ABIType
  /// Solidity's `internalType` from a JSON ABI (`struct Order`, `contract IERC20`), kept because
  /// it names structs for EIP-712 and people; nil when not given.
  public var internalType: String?

  public init(name: String = "", type: ABIType, internalType: String? = nil) {
    self.name = name
    self.type = type
    self.internalType = internalType
  }

  /// The fields of a tuple parameter (also through arrays of tuples, as JSON ABIs nest them);
  /// empty for every other type.
  public var components: [ABIParameter] {
    var type = self.type
    while true {
      switch type {
      case .tuple(let fields): return fields
      case .array(let element), .fixedArray(let element, _): type = element
      default: return []
      }
    }
  }
}
