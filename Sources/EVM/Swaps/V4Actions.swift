import TxrayCore

/// The actions of the Universal Router's V4_SWAP command (`bytes actions, bytes[] params`), from
/// Uniswap v4-periphery's `Actions.sol` and `IV4Router`: each action byte runs with the
/// `abi.encode`d parameters at the same index. Swaps become legs; SETTLE_ALL is what the signer
/// pays at most, TAKE_ALL / TAKE what comes out, TAKE_PORTION a share to someone else.
enum V4Actions {
  private static let poolKey =
    "(address currency0, address currency1, uint24 fee, int24 tickSpacing, address hooks) poolKey"
  private static let pathKey =
    "(address intermediateCurrency, uint24 fee, int24 tickSpacing, address hooks, bytes hookData)[] path"

  /// Action byte → declaration (the parameters as one struct where the router decodes one).
  private static let declarations: [UInt8: ABIFunction] = {
    let table: [(UInt8, String)] = [
      (
        0x06,
        "SWAP_EXACT_IN_SINGLE((\(poolKey), bool zeroForOne, uint128 amountIn, uint128 amountOutMinimum, bytes hookData) params)"
      ),
      (
        0x07,
        "SWAP_EXACT_IN((address currencyIn, \(pathKey), uint128 amountIn, uint128 amountOutMinimum) params)"
      ),
      (
        0x08,
        "SWAP_EXACT_OUT_SINGLE((\(poolKey), bool zeroForOne, uint128 amountOut, uint128 amountInMaximum, bytes hookData) params)"
      ),
      (
        0x09,
        "SWAP_EXACT_OUT((address currencyOut, \(pathKey), uint128 amountOut, uint128 amountInMaximum) params)"
      ),
      (0x0b, "SETTLE(address currency, uint256 amount, bool payerIsUser)"),
      (0x0c, "SETTLE_ALL(address currency, uint256 maxAmount)"),
      (0x0e, "TAKE(address currency, address recipient, uint256 amount)"),
      (0x0f, "TAKE_ALL(address currency, uint256 minAmount)"),
      (0x10, "TAKE_PORTION(address currency, address recipient, uint256 bips)"),
    ]
    var out: [UInt8: ABIFunction] = [:]
    for (byte, text) in table {
      if let function = try? ABIFunction(parsing: text) { out[byte] = function }
    }
    return out
  }()

  static func collect(_ call: DecodedCall, into plan: inout SwapPlan) {
    let args = NamedArguments(call)
    guard case .bytes(let actions)? = args.value("actions"),
      case .array(let params)? = args.value("params")
    else { return }
    for (index, action) in actions.enumerated() where index < params.count {
      guard let function = declarations[action], case .bytes(let input) = params[index],
        let values = try? ABIDecoder.decode(function.inputs, from: input)
      else { continue }
      read(function.name, NamedArguments(function.inputs, values), into: &plan)
    }
  }

  private static func currency(_ address: Address?) -> SwapLeg.Token? {
    guard let address else { return nil }
    return address.bytes.allSatisfy { $0 == 0 } ? .native : .erc20(address)
  }

  private static func read(_ name: String, _ args: NamedArguments, into plan: inout SwapPlan) {
    switch name {
    case "SWAP_EXACT_IN_SINGLE", "SWAP_EXACT_OUT_SINGLE":
      let zeroForOne = args.value("zeroForOne") == .bool(true)
      let zero = currency(args.address("currency0")) ?? .unknown
      let one = currency(args.address("currency1")) ?? .unknown
      var leg = SwapLeg(tokenIn: zeroForOne ? zero : one, tokenOut: zeroForOne ? one : zero)
      if name == "SWAP_EXACT_IN_SINGLE" {
        leg.amountIn = args.uint("amountIn")
        leg.amountOut = args.uint("amountOutMinimum")
      } else {
        leg.amountOut = args.uint("amountOut")
        leg.outIsExact = true
        leg.amountIn = args.uint("amountInMaximum")
        leg.inIsMaximum = true
      }
      plan.legs.append(leg)
    case "SWAP_EXACT_IN", "SWAP_EXACT_OUT":
      let exactIn = name == "SWAP_EXACT_IN"
      let start = currency(args.address(exactIn ? "currencyIn" : "currencyOut")) ?? .unknown
      var end = SwapLeg.Token.unknown
      if case .array(let hops)? = args.value("path"), case .tuple(let last)? = hops.last,
        case .address(let address)? = last.first
      {
        end = currency(address) ?? .unknown
      }
      var leg = SwapLeg(tokenIn: exactIn ? start : end, tokenOut: exactIn ? end : start)
      leg.amountIn = args.uint(exactIn ? "amountIn" : "amountInMaximum")
      leg.inIsMaximum = !exactIn
      leg.amountOut = args.uint(exactIn ? "amountOutMinimum" : "amountOut")
      leg.outIsExact = !exactIn
      plan.legs.append(leg)
    case "SETTLE_ALL":
      plan.settled = (currency(args.address("currency")) ?? .unknown, args.uint("maxAmount"))
    case "TAKE_ALL":
      plan.outputs.append(
        .init(
          token: currency(args.address("currency")) ?? .unknown, amount: args.uint("minAmount"),
          recipient: .routerSender))
    case "TAKE":
      plan.outputs.append(
        .init(
          token: currency(args.address("currency")) ?? .unknown, amount: args.uint("amount"),
          recipient: args.address("recipient")))
    case "TAKE_PORTION":
      if let recipient = args.address("recipient") {
        plan.portions.append(
          .init(
            token: currency(args.address("currency")) ?? .unknown, recipient: recipient,
            bips: args.uint("bips")))
      }
    default: break
    }
  }
}
