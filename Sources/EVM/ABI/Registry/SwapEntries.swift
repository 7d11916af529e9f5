/// Decentralised exchanges and aggregators: Uniswap V2/V3 routers and position manager, the
/// Universal Router, Permit2, 1inch, 0x, Curve, Balancer and CoW Protocol.
extension SelectorRegistry {
  static let swapEntries: [RegistryEntry] =
    registryGroup(
      "Uniswap V2 Router",
      [
        (
          "swapExactTokensForTokens(uint256 amountIn, uint256 amountOutMin, address[] path, address to, uint256 deadline)",
          "Swap tokens"
        ),
        (
          "swapTokensForExactTokens(uint256 amountOut, uint256 amountInMax, address[] path, address to, uint256 deadline)",
          "Swap tokens"
        ),
        (
          "swapExactETHForTokens(uint256 amountOutMin, address[] path, address to, uint256 deadline)",
          "Swap ETH for tokens"
        ),
        (
          "swapTokensForExactETH(uint256 amountOut, uint256 amountInMax, address[] path, address to, uint256 deadline)",
          "Swap tokens for ETH"
        ),
        (
          "swapExactTokensForETH(uint256 amountIn, uint256 amountOutMin, address[] path, address to, uint256 deadline)",
          "Swap tokens for ETH"
        ),
        (
          "swapETHForExactTokens(uint256 amountOut, address[] path, address to, uint256 deadline)",
          "Swap ETH for tokens"
        ),
        (
          "swapExactTokensForTokensSupportingFeeOnTransferTokens(uint256 amountIn, uint256 amountOutMin, address[] path, address to, uint256 deadline)",
          "Swap tokens"
        ),
        (
          "swapExactETHForTokensSupportingFeeOnTransferTokens(uint256 amountOutMin, address[] path, address to, uint256 deadline)",
          "Swap ETH for tokens"
        ),
        (
          "swapExactTokensForETHSupportingFeeOnTransferTokens(uint256 amountIn, uint256 amountOutMin, address[] path, address to, uint256 deadline)",
          "Swap tokens for ETH"
        ),
        (
          "addLiquidity(address tokenA, address tokenB, uint256 amountADesired, uint256 amountBDesired, uint256 amountAMin, uint256 amountBMin, address to, uint256 deadline)",
          "Add liquidity"
        ),
        (
          "addLiquidityETH(address token, uint256 amountTokenDesired, uint256 amountTokenMin, uint256 amountETHMin, address to, uint256 deadline)",
          "Add liquidity with ETH"
        ),
        (
          "removeLiquidity(address tokenA, address tokenB, uint256 liquidity, uint256 amountAMin, uint256 amountBMin, address to, uint256 deadline)",
          "Remove liquidity"
        ),
        (
          "removeLiquidityETH(address token, uint256 liquidity, uint256 amountTokenMin, uint256 amountETHMin, address to, uint256 deadline)",
          "Remove liquidity to ETH"
        ),
        (
          "removeLiquidityWithPermit(address tokenA, address tokenB, uint256 liquidity, uint256 amountAMin, uint256 amountBMin, address to, uint256 deadline, bool approveMax, uint8 v, bytes32 r, bytes32 s)",
          "Remove liquidity with a permit"
        ),
        (
          "removeLiquidityETHWithPermit(address token, uint256 liquidity, uint256 amountTokenMin, uint256 amountETHMin, address to, uint256 deadline, bool approveMax, uint8 v, bytes32 r, bytes32 s)",
          "Remove liquidity to ETH with a permit"
        ),
        (
          "removeLiquidityETHSupportingFeeOnTransferTokens(address token, uint256 liquidity, uint256 amountTokenMin, uint256 amountETHMin, address to, uint256 deadline)",
          "Remove liquidity to ETH"
        ),
        (
          "removeLiquidityETHWithPermitSupportingFeeOnTransferTokens(address token, uint256 liquidity, uint256 amountTokenMin, uint256 amountETHMin, address to, uint256 deadline, bool approveMax, uint8 v, bytes32 r, bytes32 s)",
          "Remove liquidity to ETH with a permit"
        ),
        ("getAmountsOut(uint256 amountIn, address[] path)", "Quote a swap"),
        ("getAmountsIn(uint256 amountOut, address[] path)", "Quote a swap"),
        (
          "swap(uint256 amount0Out, uint256 amount1Out, address to, bytes data)",
          "Swap in a V2 pair"
        ),
        ("skim(address to)", "Skim pair balances"),
        ("sync()", "Sync pair reserves"),
        ("createPair(address tokenA, address tokenB)", "Create a trading pair"),
      ])
    + registryGroup(
      "Uniswap V3 SwapRouter",
      [
        (
          "exactInputSingle((address tokenIn, address tokenOut, uint24 fee, address recipient, uint256 deadline, uint256 amountIn, uint256 amountOutMinimum, uint160 sqrtPriceLimitX96) params)",
          "Swap tokens"
        ),
        (
          "exactInput((bytes path, address recipient, uint256 deadline, uint256 amountIn, uint256 amountOutMinimum) params)",
          "Swap tokens"
        ),
        (
          "exactOutputSingle((address tokenIn, address tokenOut, uint24 fee, address recipient, uint256 deadline, uint256 amountOut, uint256 amountInMaximum, uint160 sqrtPriceLimitX96) params)",
          "Swap tokens"
        ),
        (
          "exactOutput((bytes path, address recipient, uint256 deadline, uint256 amountOut, uint256 amountInMaximum) params)",
          "Swap tokens"
        ),
        ("unwrapWETH9(uint256 amountMinimum, address recipient)", "Unwrap WETH"),
        ("unwrapWETH9(uint256 amountMinimum)", "Unwrap WETH"),
        ("refundETH()", "Refund leftover ETH"),
        ("sweepToken(address token, uint256 amountMinimum, address recipient)", "Sweep tokens"),
        ("sweepToken(address token, uint256 amountMinimum)", "Sweep tokens"),
        (
          "selfPermit(address token, uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s)",
          "Approve token spending by signature"
        ),
        (
          "selfPermitAllowed(address token, uint256 nonce, uint256 expiry, uint8 v, bytes32 r, bytes32 s)",
          "Approve token spending by signature"
        ),
        ("wrapETH(uint256 value)", "Wrap ETH"),
        ("pull(address token, uint256 value)", "Pull tokens into the router"),
      ])
    + registryGroup(
      "Uniswap SwapRouter02",
      [
        (
          "exactInputSingle((address tokenIn, address tokenOut, uint24 fee, address recipient, uint256 amountIn, uint256 amountOutMinimum, uint160 sqrtPriceLimitX96) params)",
          "Swap tokens"
        ),
        (
          "exactInput((bytes path, address recipient, uint256 amountIn, uint256 amountOutMinimum) params)",
          "Swap tokens"
        ),
        (
          "exactOutputSingle((address tokenIn, address tokenOut, uint24 fee, address recipient, uint256 amountOut, uint256 amountInMaximum, uint160 sqrtPriceLimitX96) params)",
          "Swap tokens"
        ),
        (
          "exactOutput((bytes path, address recipient, uint256 amountOut, uint256 amountInMaximum) params)",
          "Swap tokens"
        ),
        (
          "swapExactTokensForTokens(uint256 amountIn, uint256 amountOutMin, address[] path, address to)",
          "Swap tokens"
        ),
        (
          "swapTokensForExactTokens(uint256 amountOut, uint256 amountInMax, address[] path, address to)",
          "Swap tokens"
        ),
      ])
    + registryGroup(
      "Uniswap V3 Positions",
      [
        (
          "mint((address token0, address token1, uint24 fee, int24 tickLower, int24 tickUpper, uint256 amount0Desired, uint256 amount1Desired, uint256 amount0Min, uint256 amount1Min, address recipient, uint256 deadline) params)",
          "Open a liquidity position"
        ),
        (
          "increaseLiquidity((uint256 tokenId, uint256 amount0Desired, uint256 amount1Desired, uint256 amount0Min, uint256 amount1Min, uint256 deadline) params)",
          "Add liquidity to a position"
        ),
        (
          "decreaseLiquidity((uint256 tokenId, uint128 liquidity, uint256 amount0Min, uint256 amount1Min, uint256 deadline) params)",
          "Remove liquidity from a position"
        ),
        (
          "collect((uint256 tokenId, address recipient, uint128 amount0Max, uint128 amount1Max) params)",
          "Collect position fees"
        ),
        (
          "createAndInitializePoolIfNecessary(address token0, address token1, uint24 fee, uint160 sqrtPriceX96)",
          "Create a liquidity pool"
        ),
        ("positions(uint256 tokenId)", "Read a liquidity position"),
        (
          "permit(address spender, uint256 tokenId, uint256 deadline, uint8 v, bytes32 r, bytes32 s)",
          "Approve an NFT by signature"
        ),
      ])
    + registryGroup(
      "Uniswap Universal Router",
      [
        ("execute(bytes commands, bytes[] inputs, uint256 deadline)", "Run router commands"),
        ("execute(bytes commands, bytes[] inputs)", "Run router commands"),
      ])
    + registryGroup(
      "Permit2",
      [
        (
          "permit(address owner, ((address token, uint160 amount, uint48 expiration, uint48 nonce) details, address spender, uint256 sigDeadline) permitSingle, bytes signature)",
          "Approve token spending by signature (Permit2)"
        ),
        (
          "permit(address owner, ((address token, uint160 amount, uint48 expiration, uint48 nonce)[] details, address spender, uint256 sigDeadline) permitBatch, bytes signature)",
          "Approve token spending by signature (Permit2)"
        ),
        (
          "approve(address token, address spender, uint160 amount, uint48 expiration)",
          "Approve token spending (Permit2)"
        ),
        (
          "transferFrom(address from, address to, uint160 amount, address token)",
          "Transfer tokens (Permit2)"
        ),
        (
          "transferFrom((address from, address to, uint160 amount, address token)[] transferDetails)",
          "Transfer tokens (Permit2)"
        ),
        (
          "permitTransferFrom(((address token, uint256 amount) permitted, uint256 nonce, uint256 deadline) permit, (address to, uint256 requestedAmount) transferDetails, address owner, bytes signature)",
          "Transfer tokens by signature (Permit2)"
        ),
        (
          "permitWitnessTransferFrom(((address token, uint256 amount) permitted, uint256 nonce, uint256 deadline) permit, (address to, uint256 requestedAmount) transferDetails, address owner, bytes32 witness, string witnessTypeString, bytes signature)",
          "Transfer tokens by signature (Permit2)"
        ),
        ("lockdown((address token, address spender)[] approvals)", "Revoke Permit2 approvals"),
        (
          "invalidateNonces(address token, address spender, uint48 newNonce)",
          "Invalidate Permit2 nonces"
        ),
        ("invalidateUnorderedNonces(uint256 wordPos, uint256 mask)", "Invalidate Permit2 nonces"),
      ])
    + registryGroup(
      "1inch Aggregation Router",
      [
        (
          "swap(address executor, (address srcToken, address dstToken, address srcReceiver, address dstReceiver, uint256 amount, uint256 minReturnAmount, uint256 flags) desc, bytes permit, bytes data)",
          "Swap tokens (1inch)"
        ),
        (
          "swap(address executor, (address srcToken, address dstToken, address srcReceiver, address dstReceiver, uint256 amount, uint256 minReturnAmount, uint256 flags) desc, bytes data)",
          "Swap tokens (1inch)"
        ),
        (
          "unoswap(address srcToken, uint256 amount, uint256 minReturn, uint256[] pools)",
          "Swap tokens (1inch)"
        ),
        (
          "unoswapTo(address recipient, address srcToken, uint256 amount, uint256 minReturn, uint256[] pools)",
          "Swap tokens (1inch)"
        ),
        (
          "unoswap(uint256 token, uint256 amount, uint256 minReturn, uint256 dex)",
          "Swap tokens (1inch)"
        ),
        (
          "unoswap2(uint256 token, uint256 amount, uint256 minReturn, uint256 dex, uint256 dex2)",
          "Swap tokens (1inch)"
        ),
        (
          "unoswap3(uint256 token, uint256 amount, uint256 minReturn, uint256 dex, uint256 dex2, uint256 dex3)",
          "Swap tokens (1inch)"
        ),
        (
          "unoswapTo(uint256 to, uint256 token, uint256 amount, uint256 minReturn, uint256 dex)",
          "Swap tokens (1inch)"
        ),
        ("ethUnoswap(uint256 minReturn, uint256 dex)", "Swap ETH (1inch)"),
        ("ethUnoswapTo(uint256 to, uint256 minReturn, uint256 dex)", "Swap ETH (1inch)"),
        (
          "uniswapV3Swap(uint256 amount, uint256 minReturn, uint256[] pools)", "Swap tokens (1inch)"
        ),
        (
          "uniswapV3SwapTo(address recipient, uint256 amount, uint256 minReturn, uint256[] pools)",
          "Swap tokens (1inch)"
        ),
        (
          "clipperSwap(address clipperExchange, address srcToken, address dstToken, uint256 inputAmount, uint256 outputAmount, uint256 goodUntil, bytes32 r, bytes32 vs)",
          "Swap tokens (1inch)"
        ),
        (
          "fillOrder((uint256 salt, uint256 maker, uint256 receiver, uint256 makerAsset, uint256 takerAsset, uint256 makingAmount, uint256 takingAmount, uint256 makerTraits) order, bytes32 r, bytes32 vs, uint256 amount, uint256 takerTraits)",
          "Fill a limit order (1inch)"
        ),
        (
          "cancelOrder(uint256 makerTraits, bytes32 orderHash)",
          "Cancel a limit order (1inch)"
        ),
      ])
    + registryGroup(
      "1inch Aggregation Router v3/v4",
      [
        (
          "swap(address caller, (address srcToken, address dstToken, address srcReceiver, address dstReceiver, uint256 amount, uint256 minReturnAmount, uint256 flags, bytes permit) desc, bytes data)",
          "Swap tokens (1inch)"
        ),
        (
          "unoswap(address srcToken, uint256 amount, uint256 minReturn, bytes32[] pools)",
          "Swap tokens (1inch)"
        ),
        (
          "unoswapWithPermit(address srcToken, uint256 amount, uint256 minReturn, bytes32[] pools, bytes permit)",
          "Swap tokens (1inch)"
        ),
        (
          "uniswapV3SwapToWithPermit(address recipient, address srcToken, uint256 amount, uint256 minReturn, uint256[] pools, bytes permit)",
          "Swap tokens (1inch)"
        ),
      ])
    + registryGroup(
      "ParaSwap Augustus v6",
      paraSwapV6Entries)
    + registryGroup(
      "0x Exchange Proxy",
      [
        (
          "transformERC20(address inputToken, address outputToken, uint256 inputTokenAmount, uint256 minOutputTokenAmount, (uint32 deploymentNonce, bytes data)[] transformations)",
          "Swap tokens (0x)"
        ),
        (
          "sellToUniswap(address[] tokens, uint256 sellAmount, uint256 minBuyAmount, bool isSushi)",
          "Swap tokens (0x)"
        ),
        (
          "sellEthForTokenToUniswapV3(bytes encodedPath, uint256 minBuyAmount, address recipient)",
          "Swap ETH for tokens (0x)"
        ),
        (
          "sellTokenForEthToUniswapV3(bytes encodedPath, uint256 sellAmount, uint256 minBuyAmount, address recipient)",
          "Swap tokens for ETH (0x)"
        ),
        (
          "sellTokenForTokenToUniswapV3(bytes encodedPath, uint256 sellAmount, uint256 minBuyAmount, address recipient)",
          "Swap tokens (0x)"
        ),
        (
          "sellToPancakeSwap(address[] tokens, uint256 sellAmount, uint256 minBuyAmount, uint8 fork)",
          "Swap tokens (0x)"
        ),
        (
          "multiplexBatchSellTokenForToken(address inputToken, address outputToken, (uint8 id, uint256 sellAmount, bytes data)[] calls, uint256 sellAmount, uint256 minBuyAmount)",
          "Swap tokens (0x)"
        ),
        (
          "fillOtcOrder((address makerToken, address takerToken, uint128 makerAmount, uint128 takerAmount, address maker, address taker, address txOrigin, uint256 expiryAndNonce) order, (uint8 signatureType, uint8 v, bytes32 r, bytes32 s) makerSignature, uint128 takerTokenFillAmount)",
          "Fill an OTC order (0x)"
        ),
        (
          "execute((address recipient, address buyToken, uint256 minAmountOut) slippage, bytes[] actions, bytes32 zid)",
          "Swap tokens (0x Settler)"
        ),
      ])
    + registryGroup(
      "Curve",
      [
        ("exchange(int128 i, int128 j, uint256 dx, uint256 min_dy)", "Swap tokens (Curve)"),
        ("exchange(uint256 i, uint256 j, uint256 dx, uint256 min_dy)", "Swap tokens (Curve)"),
        (
          "exchange_underlying(int128 i, int128 j, uint256 dx, uint256 min_dy)",
          "Swap tokens (Curve)"
        ),
        ("add_liquidity(uint256[2] amounts, uint256 min_mint_amount)", "Add liquidity (Curve)"),
        ("add_liquidity(uint256[3] amounts, uint256 min_mint_amount)", "Add liquidity (Curve)"),
        ("remove_liquidity(uint256 _amount, uint256[2] min_amounts)", "Remove liquidity (Curve)"),
        ("remove_liquidity(uint256 _amount, uint256[3] min_amounts)", "Remove liquidity (Curve)"),
        (
          "remove_liquidity_one_coin(uint256 _token_amount, int128 i, uint256 min_amount)",
          "Remove liquidity (Curve)"
        ),
      ])
    + registryGroup(
      "Balancer Vault",
      [
        (
          "swap((bytes32 poolId, uint8 kind, address assetIn, address assetOut, uint256 amount, bytes userData) singleSwap, (address sender, bool fromInternalBalance, address recipient, bool toInternalBalance) funds, uint256 limit, uint256 deadline)",
          "Swap tokens (Balancer)"
        ),
        (
          "batchSwap(uint8 kind, (bytes32 poolId, uint256 assetInIndex, uint256 assetOutIndex, uint256 amount, bytes userData)[] swaps, address[] assets, (address sender, bool fromInternalBalance, address recipient, bool toInternalBalance) funds, int256[] limits, uint256 deadline)",
          "Swap tokens (Balancer)"
        ),
        (
          "joinPool(bytes32 poolId, address sender, address recipient, (address[] assets, uint256[] maxAmountsIn, bytes userData, bool fromInternalBalance) request)",
          "Add liquidity (Balancer)"
        ),
        (
          "exitPool(bytes32 poolId, address sender, address recipient, (address[] assets, uint256[] minAmountsOut, bytes userData, bool toInternalBalance) request)",
          "Remove liquidity (Balancer)"
        ),
        (
          "setRelayerApproval(address sender, address relayer, bool approved)",
          "Approve a Balancer relayer"
        ),
      ])
    + registryGroup(
      "CoW Protocol",
      [
        ("setPreSignature(bytes orderUid, bool signed)", "Pre-sign a CoW order"),
        ("invalidateOrder(bytes orderUid)", "Cancel a CoW order"),
      ])
}

extension SelectorRegistry {
  /// Augustus v6.2's swaps, as the ERC-7730 registry's descriptor declares them. One struct
  /// shape recurs: what goes in, what comes out, and the beneficiary (zero: the caller).
  static let paraSwapV6Entries: [(String, String?)] = {
    let swapData =
      "(address srcToken, address destToken, uint256 fromAmount, uint256 toAmount, "
      + "uint256 quotedAmount, bytes32 metadata, address beneficiary)"
    let uniData =
      "(address srcToken, address destToken, uint256 fromAmount, uint256 toAmount, "
      + "uint256 quotedAmount, bytes32 metadata, address beneficiary, bytes pools)"
    let balancerData =
      "(uint256 fromAmount, uint256 toAmount, uint256 quotedAmount, bytes32 metadata, "
      + "uint256 beneficiaryAndApproveFlag)"
    let generic = [
      "swapExactAmountIn", "swapExactAmountOut", "swapExactAmountInPro", "swapExactAmountOutPro",
    ]
    .map {
      (
        "\($0)(address executor, \(swapData) swapData, uint256 partnerAndFee, bytes permit, "
          + "bytes executorData)", "Swap tokens (ParaSwap)"
      )
    }
    let uniswap = [
      "swapExactAmountInOnUniswapV2", "swapExactAmountInOnUniswapV3",
      "swapExactAmountOutOnUniswapV2", "swapExactAmountOutOnUniswapV3",
    ].map {
      (
        "\($0)(\(uniData) uniData, uint256 partnerAndFee, bytes permit)",
        "Swap tokens (ParaSwap)"
      )
    }
    let balancer = ["swapExactAmountInOnBalancerV2", "swapExactAmountOutOnBalancerV2"].map {
      (
        "\($0)(\(balancerData) balancerData, uint256 partnerAndFee, bytes permit, bytes data)",
        "Swap tokens (ParaSwap)"
      )
    }
    let curve = [
      (
        "swapExactAmountInOnCurveV1((uint256 curveData, uint256 curveAssets, address srcToken, "
          + "address destToken, uint256 fromAmount, uint256 toAmount, uint256 quotedAmount, "
          + "bytes32 metadata, address beneficiary) curveV1Data, uint256 partnerAndFee, "
          + "bytes permit)", "Swap tokens (ParaSwap)"
      ),
      (
        "swapExactAmountInOnCurveV2((uint256 curveData, uint256 i, uint256 j, "
          + "address poolAddress, address srcToken, address destToken, uint256 fromAmount, "
          + "uint256 toAmount, uint256 quotedAmount, bytes32 metadata, address beneficiary) "
          + "curveV2Data, uint256 partnerAndFee, bytes permit)", "Swap tokens (ParaSwap)"
      ),
    ]
    return generic + uniswap + balancer + curve
  }()
}
