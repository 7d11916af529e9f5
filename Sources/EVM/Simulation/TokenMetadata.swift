import TxrayCore

/// What a token contract says about itself: `symbol()`, `name()`, `decimals()`, read by static
/// calls against the post-transaction state. All of it is contract-chosen, hostile text: strings
/// are decoded leniently (ABI `string` or the old `bytes32` form), stripped of NULs, sanitized for
/// terminals and cut short; decimals above 255 are ignored.
public struct TokenMetadata: Sendable, Equatable {
  public var symbol: String?
  public var name: String?
  public var decimals: Int?
  /// True when the contract says it implements ERC-1155 (ERC-165 `supportsInterface`), which
  /// tells its `ApprovalForAll` from ERC-721's.
  public var isMultiToken: Bool

  public init(
    symbol: String? = nil, name: String? = nil, decimals: Int? = nil, isMultiToken: Bool = false
  ) {
    self.symbol = symbol
    self.name = name
    self.decimals = decimals
    self.isMultiToken = isMultiToken
  }

  /// Longer symbols and names are cut.
  public static let maxTextLength = 64

  /// Reads `token`'s metadata through `view`; whatever a call does not answer stays nil.
  public static func read(_ token: Address, from view: any PostStateView) -> TokenMetadata {
    func call(_ signature: String, _ arguments: [UInt8] = []) -> [UInt8]? {
      view.staticCall(to: token, data: ABIFunction.selector(of: signature) + arguments)
    }
    let erc1155Interface: [UInt8] = [0xd9, 0xb6, 0x7a, 0x26] + [UInt8](repeating: 0, count: 28)
    return TokenMetadata(
      symbol: call("symbol()").flatMap(text), name: call("name()").flatMap(text),
      decimals: call("decimals()").flatMap { TokenEvent.word($0, 0) }.flatMap {
        $0 <= UInt256(255) ? $0.uint64Value.map(Int.init) : nil
      },
      isMultiToken: call("supportsInterface(bytes4)", erc1155Interface).flatMap {
        TokenEvent.word($0, 0)
      } == UInt256(1))
  }

  /// An ABI `string` return, or a `bytes32` one (MKR, SAI); nil when neither fits or it is empty.
  static func text(_ output: [UInt8]) -> String? {
    var bytes: [UInt8]
    if let values = try? ABIDecoder.decode([ABIParameter(type: .string)], from: output),
      case .string(let string) = values.first
    {
      bytes = string.bytes
    } else if output.count == 32 {
      bytes = output
    } else {
      return nil
    }
    bytes.removeAll { $0 == 0 }
    let safe = TerminalSafeText.sanitize(String(decoding: bytes, as: UTF8.self))
      .trimmingWhitespace()
    guard !safe.isEmpty else { return nil }
    return safe.count > maxTextLength ? String(safe.prefix(maxTextLength)) + "…" : safe
  }
}

extension String {
  fileprivate func trimmingWhitespace() -> String {
    String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
  }
}
