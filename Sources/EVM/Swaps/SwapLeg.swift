import TxrayCore

/// One swap a router call or command states: what goes in, what comes out, and where the output
/// goes, as far as the arguments say. `nil` tokens are the chain's coin; an unknown token (1inch
/// `unoswap` names only the pool) is `.unknown`.
struct SwapLeg: Equatable {
  enum Token: Equatable {
    case native
    case erc20(Address)
    case unknown
  }

  var tokenIn: Token
  /// Exact input, or the most that may go in (`inIsMaximum`).
  var amountIn: UInt256?
  var inIsMaximum = false
  var tokenOut: Token
  /// The least that comes out, or an exact output (`outIsExact`).
  var amountOut: UInt256?
  var outIsExact = false
  /// Where the output goes; nil when the call sends it back to the caller.
  var recipient: Address?
  /// Whether the signer pays the input (false: the router pays from what an earlier step left).
  var payerIsUser = true
}

/// The address routers and aggregators use for the chain's coin.
extension Address {
  static let nativeCurrencyPlaceholder = Address(
    hex: "0xEeeeeEeeeEeEeeEeEeEeeEEEeeeeEeeeeeeeEEeE")!
  /// The Universal Router's stand-ins: `MSG_SENDER` (0x…01) and `ADDRESS_THIS` (0x…02).
  static let routerSender = Address(hex: "0x0000000000000000000000000000000000000001")!
  static let routerItself = Address(hex: "0x0000000000000000000000000000000000000002")!
}
