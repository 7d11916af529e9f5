import TxrayCore

/// Why a call failed, read from its revert data: Solidity's `Error(string)`, `Panic(uint256)`, a
/// custom error a known or user ABI names, or an exceptional halt ("out of gas"). The reason is
/// contract-chosen text: it is sanitized for terminals and bounded in length before anyone sees it.
public struct RevertReason: Sendable, Equatable {
  /// What the reason says, for people; nil when the data says nothing txray can read.
  public var reason: String?
  /// The raw revert data.
  public var data: [UInt8]

  public init(reason: String?, data: [UInt8]) {
    self.reason = reason
    self.data = data
  }

  /// Longer reasons are cut (a hostile contract can revert with megabytes of text).
  public static let maxReasonLength = 256

  static let errorSelector: [UInt8] = [0x08, 0xc3, 0x79, 0xa0]
  static let panicSelector: [UInt8] = [0x4e, 0x48, 0x7b, 0x71]

  /// Decodes `data`; `errors` are custom errors to try after the bundled ones (a user's ABI).
  public static func decode(_ data: [UInt8], errors: [ABIFunction] = []) -> RevertReason {
    RevertReason(reason: reasonText(data, errors: errors), data: data)
  }

  private static func reasonText(_ data: [UInt8], errors: [ABIFunction]) -> String? {
    guard data.count >= 4 else { return nil }
    let selector = Array(data.prefix(4))
    if selector == errorSelector {
      guard let values = try? ABIDecoder.decode([ABIParameter(type: .string)], from: data, at: 4),
        case .string(let text) = values.first
      else { return nil }
      return bounded(String(decoding: text.bytes, as: UTF8.self))
    }
    if selector == panicSelector {
      guard let code = TokenEvent.word(Array(data.dropFirst(4)), 0) else { return nil }
      return "panic \(code.hexString): \(PanicCode.meaning(code))"
    }
    for error in errors + KnownErrors.all where error.selector == selector {
      guard let values = try? ABIDecoder.decode(error.inputs, from: data, at: 4) else { continue }
      let arguments = zip(error.inputs, values).map { parameter, value in
        let text = value.text(as: parameter.type)
        return parameter.name.isEmpty ? text : "\(parameter.name)=\(text)"
      }
      return bounded("\(error.name)(\(arguments.joined(separator: ", ")))")
    }
    return nil
  }

  /// Sanitized for a terminal and cut to `maxReasonLength` characters.
  static func bounded(_ text: String) -> String {
    let safe = TerminalSafeText.sanitize(text)
    guard safe.count > maxReasonLength else { return safe }
    return String(safe.prefix(maxReasonLength)) + "…"
  }
}

/// Solidity's panic codes (Solidity docs, "Panic via assert and Error via require").
public enum PanicCode {
  public static func meaning(_ code: UInt256) -> String {
    switch code.uint64Value {
    case 0x00: "generic compiler panic"
    case 0x01: "assertion failed"
    case 0x11: "arithmetic overflow or underflow"
    case 0x12: "division or modulo by zero"
    case 0x21: "conversion to an invalid enum value"
    case 0x22: "incorrectly encoded storage byte array"
    case 0x31: "pop on an empty array"
    case 0x32: "array index out of bounds"
    case 0x41: "too much memory allocated"
    case 0x51: "call to a zero-initialized internal function"
    default: "unknown panic code"
    }
  }
}

/// Custom errors common enough to decode without the contract's ABI: OpenZeppelin 5's token and
/// access errors and Permit2's.
enum KnownErrors {
  static let all: [ABIFunction] = declarations.compactMap { try? ABIFunction(parsing: $0) }

  private static let declarations = [
    "ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)",
    "ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)",
    "ERC20InvalidSender(address sender)",
    "ERC20InvalidReceiver(address receiver)",
    "ERC20InvalidApprover(address approver)",
    "ERC20InvalidSpender(address spender)",
    "ERC721NonexistentToken(uint256 tokenId)",
    "ERC721IncorrectOwner(address sender, uint256 tokenId, address owner)",
    "ERC721InsufficientApproval(address operator, uint256 tokenId)",
    "ERC721InvalidReceiver(address receiver)",
    "ERC1155InsufficientBalance(address sender, uint256 balance, uint256 needed, uint256 tokenId)",
    "ERC1155MissingApprovalForAll(address operator, address owner)",
    "OwnableUnauthorizedAccount(address account)",
    "AccessControlUnauthorizedAccount(address account, bytes32 neededRole)",
    "SafeERC20FailedOperation(address token)",
    "ERC2612ExpiredSignature(uint256 deadline)",
    "ERC2612InvalidSigner(address signer, address owner)",
    "EnforcedPause()",
    "ReentrancyGuardReentrantCall()",
    "AllowanceExpired(uint256 deadline)",
    "InsufficientAllowance(uint256 amount)",
    "ExcessiveInvalidation()",
    "InvalidNonce()",
    "InvalidSignature()",
    "InvalidSigner()",
    "SignatureExpired(uint256 signatureDeadline)",
    "InvalidAmount(uint256 maxAmount)",
    "LengthMismatch()",
  ]
}
