/// ENS names, and the bridges people most often sign for: Optimism/Base standard bridge and
/// portal, Arbitrum, Polygon PoS, zkSync Era, Across, Circle CCTP, Wormhole, Hop, Stargate and
/// LayerZero OFT.
extension SelectorRegistry {
  static let namingBridgeEntries: [RegistryEntry] =
    registryGroup(
      "ENS",
      [
        ("commit(bytes32 commitment)", "Commit to registering an ENS name"),
        (
          "register(string name, address owner, uint256 duration, bytes32 secret, address resolver, bytes[] data, bool reverseRecord, uint16 ownerControlledFuses)",
          "Register an ENS name"
        ),
        (
          "registerWithConfig(string name, address owner, uint256 duration, bytes32 secret, address resolver, address addr)",
          "Register an ENS name"
        ),
        ("renew(string name, uint256 duration)", "Renew an ENS name"),
        ("setName(string name)", "Set your primary ENS name"),
        ("setAddr(bytes32 node, address a)", "Point an ENS name at an address"),
        ("setText(bytes32 node, string key, string value)", "Set an ENS text record"),
        ("setContenthash(bytes32 node, bytes hash)", "Set an ENS content hash"),
        ("setResolver(bytes32 node, address resolver)", "Set an ENS resolver"),
        ("setOwner(bytes32 node, address owner)", "Transfer an ENS name"),
        (
          "setSubnodeOwner(bytes32 node, bytes32 label, address owner)",
          "Create or transfer an ENS subname"
        ),
        (
          "setSubnodeRecord(bytes32 node, bytes32 label, address owner, address resolver, uint64 ttl)",
          "Create or update an ENS subname"
        ),
        ("reclaim(uint256 id, address owner)", "Reclaim an ENS name"),
        (
          "wrapETH2LD(string label, address wrappedOwner, uint16 ownerControlledFuses, address resolver)",
          "Wrap an ENS name"
        ),
        (
          "unwrapETH2LD(bytes32 labelhash, address registrant, address controller)",
          "Unwrap an ENS name"
        ),
      ])
    + registryGroup(
      "Optimism bridge",
      [
        ("depositETH(uint32 _minGasLimit, bytes _extraData)", "Bridge ETH to L2"),
        ("depositETHTo(address _to, uint32 _minGasLimit, bytes _extraData)", "Bridge ETH to L2"),
        (
          "depositERC20(address _l1Token, address _l2Token, uint256 _amount, uint32 _minGasLimit, bytes _extraData)",
          "Bridge tokens to L2"
        ),
        (
          "depositERC20To(address _l1Token, address _l2Token, address _to, uint256 _amount, uint32 _minGasLimit, bytes _extraData)",
          "Bridge tokens to L2"
        ),
        ("bridgeETH(uint32 _minGasLimit, bytes _extraData)", "Bridge ETH"),
        ("bridgeETHTo(address _to, uint32 _minGasLimit, bytes _extraData)", "Bridge ETH"),
        (
          "bridgeERC20(address _localToken, address _remoteToken, uint256 _amount, uint32 _minGasLimit, bytes _extraData)",
          "Bridge tokens"
        ),
        (
          "bridgeERC20To(address _localToken, address _remoteToken, address _to, uint256 _amount, uint32 _minGasLimit, bytes _extraData)",
          "Bridge tokens"
        ),
        (
          "withdraw(address _l2Token, uint256 _amount, uint32 _minGasLimit, bytes _extraData)",
          "Bridge tokens to L1"
        ),
        (
          "withdrawTo(address _l2Token, address _to, uint256 _amount, uint32 _minGasLimit, bytes _extraData)",
          "Bridge tokens to L1"
        ),
        (
          "depositTransaction(address _to, uint256 _value, uint64 _gasLimit, bool _isCreation, bytes _data)",
          "Send a transaction to L2"
        ),
        (
          "finalizeWithdrawalTransaction((uint256 nonce, address sender, address target, uint256 value, uint256 gasLimit, bytes data) _tx)",
          "Finish a withdrawal from L2"
        ),
        (
          "proveWithdrawalTransaction((uint256 nonce, address sender, address target, uint256 value, uint256 gasLimit, bytes data) _tx, uint256 _disputeGameIndex, (bytes32 version, bytes32 stateRoot, bytes32 messagePasserStorageRoot, bytes32 latestBlockhash) _outputRootProof, bytes[] _withdrawalProof)",
          "Prove a withdrawal from L2"
        ),
        (
          "sendMessage(address _target, bytes _message, uint32 _minGasLimit)",
          "Send a cross-chain message"
        ),
      ])
    + registryGroup(
      "Arbitrum bridge",
      [
        ("depositEth()", "Bridge ETH to Arbitrum"),
        (
          "createRetryableTicket(address to, uint256 l2CallValue, uint256 maxSubmissionCost, address excessFeeRefundAddress, address callValueRefundAddress, uint256 gasLimit, uint256 maxFeePerGas, bytes data)",
          "Send a transaction to Arbitrum"
        ),
        (
          "outboundTransfer(address _token, address _to, uint256 _amount, uint256 _maxGas, uint256 _gasPriceBid, bytes _data)",
          "Bridge tokens to Arbitrum"
        ),
        (
          "outboundTransferCustomRefund(address _token, address _refundTo, address _to, uint256 _amount, uint256 _maxGas, uint256 _gasPriceBid, bytes _data)",
          "Bridge tokens to Arbitrum"
        ),
        ("withdrawEth(address destination)", "Bridge ETH to L1"),
        (
          "outboundTransfer(address _l1Token, address _to, uint256 _amount, bytes _data)",
          "Bridge tokens to L1"
        ),
      ])
    + registryGroup(
      "Polygon PoS bridge",
      [
        ("depositEtherFor(address user)", "Bridge ETH to Polygon"),
        (
          "depositFor(address user, address rootToken, bytes depositData)",
          "Bridge tokens to Polygon"
        ),
        ("exit(bytes inputData)", "Finish a withdrawal from Polygon"),
      ])
    + registryGroup(
      "zkSync Era bridge",
      [
        (
          "requestL2Transaction(address _contractL2, uint256 _l2Value, bytes _calldata, uint256 _l2GasLimit, uint256 _l2GasPerPubdataByteLimit, bytes[] _factoryDeps, address _refundRecipient)",
          "Send a transaction to zkSync"
        )
      ])
    + registryGroup(
      "Across",
      [
        (
          "depositV3(address depositor, address recipient, address inputToken, address outputToken, uint256 inputAmount, uint256 outputAmount, uint256 destinationChainId, address exclusiveRelayer, uint32 quoteTimestamp, uint32 fillDeadline, uint32 exclusivityDeadline, bytes message)",
          "Bridge tokens (Across)"
        ),
        (
          "deposit(address recipient, address originToken, uint256 amount, uint256 destinationChainId, int64 relayerFeePct, uint32 quoteTimestamp, bytes message, uint256 maxCount)",
          "Bridge tokens (Across)"
        ),
      ])
    + registryGroup(
      "Circle CCTP",
      [
        (
          "depositForBurn(uint256 amount, uint32 destinationDomain, bytes32 mintRecipient, address burnToken)",
          "Bridge USDC (CCTP)"
        ),
        (
          "depositForBurnWithCaller(uint256 amount, uint32 destinationDomain, bytes32 mintRecipient, address burnToken, bytes32 destinationCaller)",
          "Bridge USDC (CCTP)"
        ),
        (
          "depositForBurn(uint256 amount, uint32 destinationDomain, bytes32 mintRecipient, address burnToken, bytes32 destinationCaller, uint256 maxFee, uint32 minFinalityThreshold)",
          "Bridge USDC (CCTP)"
        ),
        ("receiveMessage(bytes message, bytes attestation)", "Receive a CCTP message"),
      ])
    + registryGroup(
      "Wormhole",
      [
        (
          "transferTokens(address token, uint256 amount, uint16 recipientChain, bytes32 recipient, uint256 arbiterFee, uint32 nonce)",
          "Bridge tokens (Wormhole)"
        ),
        (
          "wrapAndTransferETH(uint16 recipientChain, bytes32 recipient, uint256 arbiterFee, uint32 nonce)",
          "Bridge ETH (Wormhole)"
        ),
        ("completeTransfer(bytes encodedVm)", "Finish a Wormhole transfer"),
      ])
    + registryGroup(
      "Hop",
      [
        (
          "sendToL2(uint256 chainId, address recipient, uint256 amount, uint256 amountOutMin, uint256 deadline, address relayer, uint256 relayerFee)",
          "Bridge tokens (Hop)"
        )
      ])
    + registryGroup(
      "Stargate",
      [
        (
          "swap(uint16 _dstChainId, uint256 _srcPoolId, uint256 _dstPoolId, address _refundAddress, uint256 _amountLD, uint256 _minAmountLD, (uint256 dstGasForCall, uint256 dstNativeAmount, bytes dstNativeAddr) _lzTxParams, bytes _to, bytes _payload)",
          "Bridge tokens (Stargate)"
        ),
        (
          "swapETH(uint16 _dstChainId, address _refundAddress, bytes _toAddress, uint256 _amountLD, uint256 _minAmountLD)",
          "Bridge ETH (Stargate)"
        ),
      ])
    + registryGroup(
      "LayerZero OFT",
      [
        (
          "send((uint32 dstEid, bytes32 to, uint256 amountLD, uint256 minAmountLD, bytes extraOptions, bytes composeMsg, bytes oftCmd) _sendParam, (uint256 nativeFee, uint256 lzTokenFee) _fee, address _refundAddress)",
          "Bridge tokens (LayerZero)"
        )
      ])
}
