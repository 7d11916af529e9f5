/// Contracts that carry other calls: multicalls, Multicall3, Safe and its MultiSend, the
/// ERC-4337 EntryPoint and the `execute` functions of smart accounts. `NestedCallExtractor`
/// knows how to pull the inner calls out of each of these.
extension SelectorRegistry {
  static let batchEntries: [RegistryEntry] =
    registryGroup(
      "Multicall",
      [
        ("multicall(bytes[] data)", "Run several calls"),
        ("multicall(uint256 deadline, bytes[] data)", "Run several calls before a deadline"),
        (
          "multicall(bytes32 previousBlockhash, bytes[] data)",
          "Run several calls after a given block"
        ),
      ])
    + registryGroup(
      "Multicall3",
      [
        ("aggregate((address target, bytes callData)[] calls)", "Run several calls"),
        (
          "tryAggregate(bool requireSuccess, (address target, bytes callData)[] calls)",
          "Run several calls"
        ),
        (
          "tryBlockAndAggregate(bool requireSuccess, (address target, bytes callData)[] calls)",
          "Run several calls"
        ),
        ("blockAndAggregate((address target, bytes callData)[] calls)", "Run several calls"),
        (
          "aggregate3((address target, bool allowFailure, bytes callData)[] calls)",
          "Run several calls"
        ),
        (
          "aggregate3Value((address target, bool allowFailure, uint256 value, bytes callData)[] calls)",
          "Run several calls with value"
        ),
      ])
    + registryGroup(
      "Safe",
      [
        (
          "execTransaction(address to, uint256 value, bytes data, uint8 operation, uint256 safeTxGas, uint256 baseGas, uint256 gasPrice, address gasToken, address refundReceiver, bytes signatures)",
          "Execute a Safe transaction"
        ),
        (
          "execTransactionFromModule(address to, uint256 value, bytes data, uint8 operation)",
          "Execute a Safe transaction from a module"
        ),
        ("addOwnerWithThreshold(address owner, uint256 _threshold)", "Add a Safe owner"),
        (
          "removeOwner(address prevOwner, address owner, uint256 _threshold)", "Remove a Safe owner"
        ),
        (
          "swapOwner(address prevOwner, address oldOwner, address newOwner)", "Replace a Safe owner"
        ),
        ("changeThreshold(uint256 _threshold)", "Change the Safe threshold"),
        ("enableModule(address module)", "Enable a Safe module"),
        ("disableModule(address prevModule, address module)", "Disable a Safe module"),
        ("setGuard(address guard)", "Set the Safe guard"),
        ("setFallbackHandler(address handler)", "Set the Safe fallback handler"),
        ("approveHash(bytes32 hashToApprove)", "Approve a Safe transaction hash"),
        (
          "setup(address[] _owners, uint256 _threshold, address to, bytes data, address fallbackHandler, address paymentToken, uint256 payment, address paymentReceiver)",
          "Set up a Safe"
        ),
        (
          "createProxyWithNonce(address _singleton, bytes initializer, uint256 saltNonce)",
          "Create a Safe"
        ),
        ("multiSend(bytes transactions)", "Run several Safe transactions"),
        ("signMessage(bytes _data)", "Sign a message with a Safe"),
      ])
    + registryGroup(
      "ERC-4337 EntryPoint",
      [
        (
          "handleOps((address sender, uint256 nonce, bytes initCode, bytes callData, uint256 callGasLimit, uint256 verificationGasLimit, uint256 preVerificationGas, uint256 maxFeePerGas, uint256 maxPriorityFeePerGas, bytes paymasterAndData, bytes signature)[] ops, address beneficiary)",
          "Run user operations"
        ),
        (
          "handleOps((address sender, uint256 nonce, bytes initCode, bytes callData, bytes32 accountGasLimits, uint256 preVerificationGas, bytes32 gasFees, bytes paymasterAndData, bytes signature)[] ops, address beneficiary)",
          "Run user operations"
        ),
        ("depositTo(address account)", "Deposit gas funds for an account"),
        ("withdrawTo(address withdrawAddress, uint256 withdrawAmount)", "Withdraw gas funds"),
        ("addStake(uint32 unstakeDelaySec)", "Stake with the EntryPoint"),
        ("unlockStake()", "Unlock EntryPoint stake"),
        ("withdrawStake(address withdrawAddress)", "Withdraw EntryPoint stake"),
      ])
    + registryGroup(
      "Smart account",
      [
        ("execute(address dest, uint256 value, bytes func)", "Run a call from a smart account"),
        ("executeBatch(address[] dest, bytes[] func)", "Run several calls from a smart account"),
        (
          "executeBatch(address[] dest, uint256[] value, bytes[] func)",
          "Run several calls from a smart account"
        ),
        (
          "executeBatch((address target, uint256 value, bytes data)[] calls)",
          "Run several calls from a smart account"
        ),
        (
          "execute(bytes32 mode, bytes executionCalldata)",
          "Run calls from a smart account (ERC-7579)"
        ),
      ])
}
