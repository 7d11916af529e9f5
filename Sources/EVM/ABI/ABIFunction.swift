import TxrayCore

/// A function as an ABI describes it: enough to compute its selector and decode its arguments.
public struct ABIFunction: Sendable, Hashable {
  public var name: String
  public var inputs: [ABIParameter]

  public init(name: String, inputs: [ABIParameter]) {
    self.name = name
    self.inputs = inputs
  }

  /// Parses a human-readable declaration such as `approve(address spender, uint256 amount)` or
  /// `aggregate3((address target, bool allowFailure, bytes callData)[] calls)`; a leading
  /// `function ` and parameter names are optional, so a canonical signature parses too.
  public init(parsing declaration: String) throws(ABIError) {
    self = try ABITypeParser.function(declaration)
  }

  /// The canonical signature, e.g. `approve(address,uint256)`: names dropped, tuples spelled out.
  public var signature: String {
    name + "(" + inputs.map(\.type.description).joined(separator: ",") + ")"
  }

  /// The first 4 bytes of keccak256(signature), which calldata starts with.
  public var selector: [UInt8] { ABIFunction.selector(of: signature) }

  /// The selector of a canonical signature string.
  public static func selector(of signature: String) -> [UInt8] {
    Array(Keccak256.hash(Array(signature.utf8)).prefix(4))
  }

  /// The inputs as one tuple, which is how the ABI lays out a call's arguments.
  public var inputTuple: ABIType { .tuple(inputs) }
}
