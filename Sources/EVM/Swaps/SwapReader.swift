import TxrayCore

/// Reads the swap a decoded router or aggregator call states — Uniswap V2/V3 routers, the
/// Universal Router's commands (V4_SWAP's actions too), 1inch, 0x, ParaSwap — into an `Intent`:
/// what the signer pays in, the least that comes out, portions paid to others, and who receives
/// the output.
///
/// Routers name the same things alike (`amountIn`, `amountOutMinimum`, `srcToken`, `recipient`
/// …), so one reader goes by argument names, tuple members included, rather than by a table of
/// every router's functions. Nothing is guessed past the arguments: an output token a call does
/// not name stays unknown.
public struct SwapReader {
  /// Names a token (symbol, decimals) on the transaction's chain.
  let token: (Address) -> Asset
  /// The chain's coin.
  let native: Asset
  /// The transaction's native value: what "swap ETH" calls pay in.
  let value: UInt256
  /// The transaction's chain, when known: where a router's own deployments are looked up.
  let chainId: UInt256?

  public init(
    token: @escaping (Address) -> Asset, native: Asset, value: UInt256, chainId: UInt256?
  ) {
    self.token = token
    self.native = native
    self.value = value
    self.chainId = chainId
  }

  /// The swap `call` to `contract` states; nil when it states none.
  public func intent(of call: DecodedCall, contract: Address) -> Intent? {
    var plan = SwapPlan()
    collect(call, into: &plan)
    guard let first = plan.legs.first, let last = plan.legs.last else { return nil }
    let pays = payment(first, plan).flatMap(Self.known)
    let (output, recipient) = delivery(last, plan)
    return Intent(
      phrase: "Swap", source: .decodedCommands, contract: contract.checksummed,
      pays: pays.map { [$0] } ?? [], receives: output.flatMap(Self.known).map { [$0] } ?? [],
      recipient: recipient.map(\.checksummed),
      fees: plan.portions.map { portion in
        IntentAmount(
          asset: asset(portion.token), amount: portion.amount, bound: .exact,
          shareBips: portion.bips, party: portion.recipient.checksummed)
      })
  }

  /// A part the call names something of: its token or its amount. One that names neither
  /// ("whatever tokens it holds then") says nothing and would hide a descriptor's fields.
  private static func known(_ part: IntentAmount) -> IntentAmount? {
    part.amount == nil && part.asset.contract == nil && part.asset.kind != .native ? nil : part
  }

  // MARK: - Reading the call tree

  /// Swaps, outputs and portions of a call, its batched calls and its router commands, in order.
  private func collect(_ call: DecodedCall, into plan: inout SwapPlan, depth: Int = 0) {
    guard depth <= 4 else { return }
    switch call.functionName {
    case "WRAP_ETH": plan.wrapsNative = true
    case "UNWRAP_WETH":
      let args = NamedArguments(call)
      plan.outputs.append(
        .init(token: .native, amount: args.uint("amountMin"), recipient: args.address("recipient")))
    case "SWEEP":
      let args = NamedArguments(call)
      if let token = args.address("token") {
        plan.outputs.append(
          .init(
            token: .erc20(token), amount: args.uint("amountMin"),
            recipient: args.address("recipient")))
      }
    case "PAY_PORTION":
      let args = NamedArguments(call)
      if let token = args.address("token"), let recipient = args.address("recipient") {
        plan.portions.append(
          .init(token: .erc20(token), recipient: recipient, bips: args.uint("bips")))
      }
    case "TRANSFER":
      let args = NamedArguments(call)
      if let token = args.address("token"), let recipient = args.address("recipient"),
        recipient != .routerSender
      {
        plan.portions.append(
          .init(token: .erc20(token), recipient: recipient, amount: args.uint("value")))
      }
    case "V4_SWAP":
      V4Actions.collect(call, into: &plan)
    default:
      if let leg = leg(call) { plan.legs.append(leg) }
      plan.portions += ZeroExFees.portions(call, chainId: chainId)
    }
    for nested in call.calls { collect(nested, into: &plan, depth: depth + 1) }
  }

  /// The swap a single function or command states, read by its argument names.
  private func leg(_ call: DecodedCall) -> SwapLeg? {
    guard let name = call.functionName, Self.isSwap(name) else { return nil }
    let args = NamedArguments(call)
    let exactOut =
      name.contains("ExactOut") || name.contains("exactOutput") || name.contains("EXACT_OUT")
      || name.contains("ExactAmountOut")
      || name.hasPrefix("swapTokensForExact") || name.hasPrefix("swapETHForExact")
    var (tokenIn, tokenOut) = pathEnds(args, reversed: exactOut)
    // An aggregator's route (LI.FI): the first step spends the input, the last yields the output.
    let steps = args.steps(["swapData"])
    tokenIn =
      args.token(["srcToken", "fromToken", "tokenIn", "inputToken", "sellToken", "sendingAssetId"])
      ?? steps.first?.token(["sendingAssetId"]) ?? tokenIn
    tokenOut =
      args.token([
        "dstToken", "destToken", "toToken", "tokenOut", "outputToken", "buyToken",
        "receivingAssetId",
      ])
      ?? steps.last?.token(["receivingAssetId"]) ?? tokenOut
    // 1inch packs the source token into a uint256 (`token`); the output is the pool's other
    // token, which the call does not name.
    if tokenIn == nil, let packed = args.uint("token"), let address = Self.lowAddress(packed) {
      tokenIn = .erc20(address)
    }
    let paysCoin =
      name.contains("ETHFor") || name.hasPrefix("eth") || name.hasPrefix("swapETH")
    if paysCoin { tokenIn = .native }
    if name.contains("ForETH") || name.contains("ForExactETH") { tokenOut = .native }
    var leg = SwapLeg(tokenIn: tokenIn ?? .unknown, tokenOut: tokenOut ?? .unknown)
    if exactOut {
      leg.amountOut = args.uint(["amountOut", "toAmount"])
      leg.outIsExact = true
      leg.amountIn =
        args.uint(["amountInMax", "amountInMaximum", "fromAmount"]) ?? (paysCoin ? value : nil)
      leg.inIsMaximum = true
    } else {
      leg.amountIn =
        args.uint([
          "amountIn", "amount", "fromAmount", "fromTokenAmount", "inputTokenAmount", "sellAmount",
        ])
        ?? steps.first?.uint("fromAmount") ?? (paysCoin ? value : nil)
      leg.amountOut = args.uint([
        "amountOutMin", "amountOutMinimum", "minReturnAmount", "minReturn",
        "minOutputTokenAmount", "minBuyAmount", "toAmount", "minAmountOut", "minAmount",
      ])
    }
    leg.recipient =
      args.address(["dstReceiver", "recipient", "to", "beneficiary", "receiver"])
      ?? args.uint("to").flatMap(Self.lowAddress)
    if case .bool(let payer)? = args.value("payerIsUser") { leg.payerIsUser = payer }
    return leg
  }

  static func isSwap(_ name: String) -> Bool {
    let lower = name.lowercased()
    return lower.contains("swap") || lower.hasPrefix("exactinput")
      || lower.hasPrefix("exactoutput") || lower == "transformerc20"
      || lower.hasPrefix("selltouniswap") || lower == "multiswap" || lower == "megaswap"
  }

  /// The first and last token of a `path` (an address list, or a V3 packed path); an exact
  /// output path is written from the output back.
  private func pathEnds(_ args: NamedArguments, reversed: Bool) -> (
    SwapLeg.Token?, SwapLeg.Token?
  ) {
    var ends: (Address, Address)?
    switch args.value("path") ?? args.value("tokens") {
    case .array(let items)?:
      if case .address(let first)? = items.first, case .address(let last)? = items.last {
        ends = (first, last)
      }
    case .bytes(let path)?:
      if path.count >= 43, (path.count - 20) % 23 == 0,
        let first = Address(bytes: path.prefix(20)), let last = Address(bytes: path.suffix(20))
      {
        ends = (first, last)
      }
    default: break
    }
    guard let (first, last) = ends else { return (nil, nil) }
    return reversed ? (.erc20(last), .erc20(first)) : (.erc20(first), .erc20(last))
  }

  /// The address in the low 160 bits of a packed word (1inch's `Address` type); nil for zero.
  static func lowAddress(_ word: UInt256) -> Address? {
    let bytes = word.bigEndianBytes.suffix(20)
    guard bytes.contains(where: { $0 != 0 }) else { return nil }
    return Address(bytes: bytes)
  }

  // MARK: - Putting the plan together

  /// What the signer pays: the coin the transaction carries when the first swap spends it (or
  /// it is wrapped first, or the router wraps exactly the value sent, as Uniswap's routers do
  /// with WETH), else the first swap's input when the signer pays it.
  private func payment(_ first: SwapLeg, _ plan: SwapPlan) -> IntentAmount? {
    if !value.isZero, plan.wrapsNative || first.tokenIn == .native || first.amountIn == value {
      return IntentAmount(asset: native, amount: value, bound: first.inIsMaximum ? .atMost : .exact)
    }
    if let settled = plan.settled {
      return IntentAmount(asset: asset(settled.token), amount: settled.amount, bound: .atMost)
    }
    guard first.payerIsUser, first.tokenIn != .unknown || first.amountIn != nil else { return nil }
    return IntentAmount(
      asset: asset(first.tokenIn), amount: first.amountIn,
      bound: first.inIsMaximum ? .atMost : .exact)
  }

  /// What comes out and to whom: the last output step that hands something to an account (a
  /// sweep, an unwrap, a take), else the last swap's own output. The router's own address is a
  /// stop on the way, never the recipient; its "the caller" stand-in is the signer.
  private func delivery(_ last: SwapLeg, _ plan: SwapPlan) -> (IntentAmount?, Address?) {
    let handed = plan.outputs.last { $0.recipient != .routerItself }
    var token = handed?.token ?? last.tokenOut
    var least = handed?.amount
    // A step that hands over "all of it" (amount 0) hands over what the swap made.
    let handsAll = least == nil || least?.isZero == true
    if handsAll { least = last.amountOut }
    if handed == nil, last.recipient == .routerItself { token = last.tokenOut }
    let recipient = handed?.recipient ?? last.recipient
    let output = IntentAmount(
      asset: asset(token), amount: least, bound: handsAll && last.outIsExact ? .exact : .atLeast)
    // A zero recipient is the caller to the routers that take one (ParaSwap's beneficiary, 0x):
    // nothing is ever delivered to the zero address.
    guard let recipient, recipient != .routerSender, recipient != .routerItself,
      recipient != .zero
    else {
      return (output, nil)
    }
    return (output, recipient)
  }

  private func asset(_ token: SwapLeg.Token) -> Asset {
    switch token {
    case .native: return native
    case .erc20(let address) where address == .nativeCurrencyPlaceholder: return native
    case .erc20(let address): return self.token(address)
    case .unknown: return Asset(kind: .fungible)
    }
  }
}

/// What a router plan does besides swapping, gathered while reading it.
struct SwapPlan {
  struct Output {
    var token: SwapLeg.Token
    var amount: UInt256?
    var recipient: Address?
  }

  struct Portion {
    var token: SwapLeg.Token
    var recipient: Address
    var bips: UInt256?
    var amount: UInt256?
  }

  var legs: [SwapLeg] = []
  var outputs: [Output] = []
  var portions: [Portion] = []
  /// ETH is wrapped first (the Universal Router's WRAP_ETH): the swap spends the coin sent.
  var wrapsNative = false
  /// A Uniswap v4 SETTLE_ALL: the most the signer pays of a currency.
  var settled: (token: SwapLeg.Token, amount: UInt256?)?
}
