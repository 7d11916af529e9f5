/// Staking and lending: Lido, EigenLayer, Aave V2/V3, Compound V2/V3.
extension SelectorRegistry {
  static let stakingLendingEntries: [RegistryEntry] =
    registryGroup(
      "Lido",
      [
        ("submit(address _referral)", "Stake ETH with Lido"),
        ("requestWithdrawals(uint256[] _amounts, address _owner)", "Request a Lido withdrawal"),
        (
          "requestWithdrawalsWstETH(uint256[] _amounts, address _owner)",
          "Request a Lido withdrawal"
        ),
        ("claimWithdrawals(uint256[] _requestIds, uint256[] _hints)", "Claim Lido withdrawals"),
        ("claimWithdrawal(uint256 _requestId)", "Claim a Lido withdrawal"),
        ("wrap(uint256 _stETHAmount)", "Wrap stETH"),
        ("unwrap(uint256 _wstETHAmount)", "Unwrap wstETH"),
      ])
    + registryGroup(
      "EigenLayer",
      [
        ("depositIntoStrategy(address strategy, address token, uint256 amount)", "Restake tokens"),
        (
          "delegateTo(address operator, (bytes signature, uint256 expiry) approverSignatureAndExpiry, bytes32 approverSalt)",
          "Delegate restaked tokens"
        ),
        ("undelegate(address staker)", "Undelegate restaked tokens"),
        (
          "queueWithdrawals((address[] strategies, uint256[] shares, address withdrawer)[] queuedWithdrawalParams)",
          "Queue a restaking withdrawal"
        ),
      ])
    + registryGroup(
      "Aave V2",
      [
        (
          "deposit(address asset, uint256 amount, address onBehalfOf, uint16 referralCode)",
          "Supply to Aave"
        ),
        ("withdraw(address asset, uint256 amount, address to)", "Withdraw from Aave"),
        (
          "borrow(address asset, uint256 amount, uint256 interestRateMode, uint16 referralCode, address onBehalfOf)",
          "Borrow from Aave"
        ),
        (
          "repay(address asset, uint256 amount, uint256 rateMode, address onBehalfOf)",
          "Repay an Aave loan"
        ),
        (
          "setUserUseReserveAsCollateral(address asset, bool useAsCollateral)",
          "Toggle Aave collateral"
        ),
        (
          "liquidationCall(address collateralAsset, address debtAsset, address user, uint256 debtToCover, bool receiveAToken)",
          "Liquidate an Aave position"
        ),
        (
          "flashLoan(address receiverAddress, address[] assets, uint256[] amounts, uint256[] modes, address onBehalfOf, bytes params, uint16 referralCode)",
          "Take a flash loan"
        ),
      ])
    + registryGroup(
      "Aave V3",
      [
        (
          "supply(address asset, uint256 amount, address onBehalfOf, uint16 referralCode)",
          "Supply to Aave"
        ),
        (
          "supplyWithPermit(address asset, uint256 amount, address onBehalfOf, uint16 referralCode, uint256 deadline, uint8 permitV, bytes32 permitR, bytes32 permitS)",
          "Supply to Aave with a permit"
        ),
        (
          "repayWithPermit(address asset, uint256 amount, uint256 interestRateMode, address onBehalfOf, uint256 deadline, uint8 permitV, bytes32 permitR, bytes32 permitS)",
          "Repay an Aave loan with a permit"
        ),
        (
          "repayWithATokens(address asset, uint256 amount, uint256 interestRateMode)",
          "Repay an Aave loan with aTokens"
        ),
        ("setUserEMode(uint8 categoryId)", "Set Aave efficiency mode"),
        (
          "flashLoanSimple(address receiverAddress, address asset, uint256 amount, bytes params, uint16 referralCode)",
          "Take a flash loan"
        ),
        ("depositETH(address pool, address onBehalfOf, uint16 referralCode)", "Supply ETH to Aave"),
        ("withdrawETH(address pool, uint256 amount, address to)", "Withdraw ETH from Aave"),
        ("borrowETH(address pool, uint256 amount, uint16 referralCode)", "Borrow ETH from Aave"),
        ("repayETH(address pool, uint256 amount, address onBehalfOf)", "Repay an Aave ETH loan"),
        ("approveDelegation(address delegatee, uint256 amount)", "Allow borrowing on your credit"),
      ])
    + registryGroup(
      "Compound",
      [
        ("mint()", "Supply ETH to Compound"),
        ("redeem(uint256 redeemTokens)", "Redeem Compound tokens"),
        ("redeemUnderlying(uint256 redeemAmount)", "Withdraw from Compound"),
        ("borrow(uint256 borrowAmount)", "Borrow from Compound"),
        ("repayBorrow(uint256 repayAmount)", "Repay a Compound loan"),
        ("repayBorrow()", "Repay a Compound ETH loan"),
        ("enterMarkets(address[] cTokens)", "Use assets as Compound collateral"),
        ("exitMarket(address cTokenAddress)", "Stop using an asset as Compound collateral"),
        ("claimComp(address holder)", "Claim COMP rewards"),
        ("supply(address asset, uint256 amount)", "Supply to Compound"),
        ("supplyTo(address dst, address asset, uint256 amount)", "Supply to Compound"),
        ("withdraw(address asset, uint256 amount)", "Withdraw from Compound"),
        ("withdrawTo(address to, address asset, uint256 amount)", "Withdraw from Compound"),
        ("allow(address manager, bool isAllowed)", "Allow a Compound manager"),
      ])
}
