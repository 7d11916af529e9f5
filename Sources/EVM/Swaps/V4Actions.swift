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

  /// Action byte → its declarations (the parameters as one struct where the router decodes
  /// one). Universal Router v2.1 (0x4C82…2cCA, 0x2361…De85) added `minHopPriceX36` to the swap
  /// structs, before `hookData` and before the amounts of multi-hop swaps, so the same bytes
  /// read with the other layout give wrong amounts; `collect` keeps the layout that encodes them
  /// exactly.
  private static let declarations: [UInt8: [ABIFunction]] = {
    let swaps: [(UInt8, String, String)] = [
      (
        0x06,
        "SWAP_EXACT_IN_SINGLE((\(poolKey), bool zeroForOne, uint128 amountIn, uint128 amountOutMinimum, ",
        "bytes hookData) params)"
      ),
      (
        0x07, "SWAP_EXACT_IN((address currencyIn, \(pathKey), ",
        "uint128 amountIn, uint128 amountOutMinimum) params)"
      ),
      (
        0x08,
        "SWAP_EXACT_OUT_SINGLE((\(poolKey), bool zeroForOne, uint128 amountOut, uint128 amountInMaximum, ",
        "bytes hookData) params)"
      ),
      (
        0x09, "SWAP_EXACT_OUT((address currencyOut, \(pathKey), ",
        "uint128 amountOut, uint128 amountInMaximum) params)"
      ),
    ]
    let singles: [(UInt8, String)] = [
      (0x0b, "SETTLE(address currency, uint256 amount, bool payerIsUser)"),
      (0x0c, "SETTLE_ALL(address currency, uint256 maxAmount)"),
      (0x0e, "TAKE(address currency, address recipient, uint256 amount)"),
      (0x0f, "TAKE_ALL(address currency, uint256 minAmount)"),
      (0x10, "TAKE_PORTION(address currency, address recipient, uint256 bips)"),
    ]
    var table: [(UInt8, String)] = singles
    for (byte, head, tail) in swaps {
      // v2.1: one price bound per hop (an array) for multi-hop swaps, one for single-pool ones.
      let bound =
        [0x07, 0x09].contains(byte) ? "uint256[] minHopPriceX36, " : "uint256 minHopPriceX36, "
      table += [(byte, head + tail), (byte, head + bound + tail)]
    }
    var out: [UInt8: [ABIFunction]] = [:]
    for (byte, text) in table {
      if let function = try? ABIFunction(parsing: text) { out[byte, default: []].append(function) }
    }
    return out
  }()

  static func collect(_ call: DecodedCall, into plan: inout SwapPlan) {
    let args = NamedArguments(call)
    guard case .bytes(let actions)? = args.value("actions"),
      case .array(let params)? = args.value("params")
    else { return }
    for (index, action) in actions.enumerated() where index < params.count {
      guard case .bytes(let input) = params[index],
        let (function, values) = decode(input, as: declarations[action] ?? [])
      else { continue }
      read(function.name, NamedArguments(function.inputs, values), into: &plan)
    }
  }

  /// The declaration whose encoding of what it decodes is `input` byte for byte, else the first
  /// that decodes at all.
  private static func decode(_ input: [UInt8], as candidates: [ABIFunction]) -> (
    ABIFunction, [ABIValue]
  )? {
    let decoded = candidates.compactMap { function -> (ABIFunction, [ABIValue])? in
      guard let values = try? ABIDecoder.decode(function.inputs, from: input) else { return nil }
      return (function, values)
    }
    let exact = decoded.first { function, values in
      (try? ABIEncoder.encode(values, as: function.inputs.map(\.type))) == input
    }
    return exact ?? decoded.first
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
      // Either way the path runs from the input: an exact input's output is the last hop's
      // currency, an exact output's input the first hop's (v4-periphery's V4Router walks it
      // backwards from `currencyOut`).
      let start = currency(args.address(exactIn ? "currencyIn" : "currencyOut")) ?? .unknown
      var end = SwapLeg.Token.unknown
      if case .array(let hops)? = args.value("path"),
        case .tuple(let hop)? = exactIn ? hops.last : hops.first,
        case .address(let address)? = hop.first
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
