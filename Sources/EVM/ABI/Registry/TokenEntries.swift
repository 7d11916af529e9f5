/// Token standards and the token extras real contracts add (ERC-20, EIP-2612, DAI's permit,
/// EIP-3009, WETH, ERC-721, ERC-1155, ERC-4626), plus the admin calls tokens commonly carry.
extension SelectorRegistry {
  static let tokenEntries: [RegistryEntry] =
    registryGroup(
      "ERC-20",
      [
        ("transfer(address to, uint256 amount)", "Transfer tokens"),
        (
          "transferFrom(address from, address to, uint256 amount)",
          "Transfer tokens on behalf of an owner"
        ),
        ("approve(address spender, uint256 amount)", "Approve token spending"),
        ("increaseAllowance(address spender, uint256 addedValue)", "Increase token allowance"),
        ("decreaseAllowance(address spender, uint256 subtractedValue)", "Decrease token allowance"),
        ("balanceOf(address account)", "Read a token balance"),
        ("allowance(address owner, address spender)", "Read a token allowance"),
        ("totalSupply()", "Read the total supply"),
        ("name()", "Read the token name"),
        ("symbol()", "Read the token symbol"),
        ("decimals()", "Read the token decimals"),
        ("mint(address to, uint256 amount)", "Mint tokens"),
        ("burn(uint256 amount)", "Burn tokens"),
        ("burnFrom(address account, uint256 amount)", "Burn tokens on behalf of an owner"),
        ("burn(address account, uint256 amount)", "Burn tokens"),
      ])
    + registryGroup(
      "EIP-2612",
      [
        (
          "permit(address owner, address spender, uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s)",
          "Approve token spending by signature"
        ),
        ("nonces(address owner)", "Read a permit nonce"),
        ("DOMAIN_SEPARATOR()", "Read the EIP-712 domain separator"),
      ])
    + registryGroup(
      "DAI permit",
      [
        (
          "permit(address holder, address spender, uint256 nonce, uint256 expiry, bool allowed, uint8 v, bytes32 r, bytes32 s)",
          "Approve token spending by signature"
        )
      ])
    + registryGroup(
      "EIP-3009",
      [
        (
          "transferWithAuthorization(address from, address to, uint256 value, uint256 validAfter, uint256 validBefore, bytes32 nonce, uint8 v, bytes32 r, bytes32 s)",
          "Transfer tokens by signature"
        ),
        (
          "receiveWithAuthorization(address from, address to, uint256 value, uint256 validAfter, uint256 validBefore, bytes32 nonce, uint8 v, bytes32 r, bytes32 s)",
          "Receive tokens by signature"
        ),
        (
          "cancelAuthorization(address authorizer, bytes32 nonce, uint8 v, bytes32 r, bytes32 s)",
          "Cancel a transfer authorization"
        ),
      ])
    + registryGroup(
      "WETH",
      [
        ("deposit()", "Wrap ETH"),
        ("withdraw(uint256 amount)", "Unwrap WETH"),
      ])
    + registryGroup(
      "ERC-721",
      [
        ("safeTransferFrom(address from, address to, uint256 tokenId)", "Transfer an NFT"),
        (
          "safeTransferFrom(address from, address to, uint256 tokenId, bytes data)",
          "Transfer an NFT"
        ),
        ("setApprovalForAll(address operator, bool approved)", "Approve an operator for all NFTs"),
        ("getApproved(uint256 tokenId)", "Read an NFT approval"),
        ("isApprovedForAll(address owner, address operator)", "Read an operator approval"),
        ("ownerOf(uint256 tokenId)", "Read an NFT owner"),
        ("tokenURI(uint256 tokenId)", "Read an NFT metadata URI"),
        ("safeMint(address to, uint256 tokenId)", "Mint an NFT"),
        ("mint(uint256 quantity)", "Mint NFTs"),
        ("mint(address to, uint256 tokenId, string uri)", "Mint an NFT"),
      ])
    + registryGroup(
      "ERC-1155",
      [
        (
          "safeTransferFrom(address from, address to, uint256 id, uint256 amount, bytes data)",
          "Transfer multi-tokens"
        ),
        (
          "safeBatchTransferFrom(address from, address to, uint256[] ids, uint256[] amounts, bytes data)",
          "Transfer multi-tokens in a batch"
        ),
        ("balanceOfBatch(address[] accounts, uint256[] ids)", "Read multi-token balances"),
        ("uri(uint256 id)", "Read a multi-token metadata URI"),
        ("mint(address to, uint256 id, uint256 amount, bytes data)", "Mint multi-tokens"),
      ])
    + registryGroup(
      "ERC-4626",
      [
        ("deposit(uint256 assets, address receiver)", "Deposit into a vault"),
        ("mint(uint256 shares, address receiver)", "Mint vault shares"),
        ("withdraw(uint256 assets, address receiver, address owner)", "Withdraw from a vault"),
        ("redeem(uint256 shares, address receiver, address owner)", "Redeem vault shares"),
        ("asset()", "Read the vault asset"),
        ("totalAssets()", "Read the vault's total assets"),
        ("convertToShares(uint256 assets)", "Convert assets to vault shares"),
        ("convertToAssets(uint256 shares)", "Convert vault shares to assets"),
        ("previewDeposit(uint256 assets)", "Preview a vault deposit"),
        ("previewRedeem(uint256 shares)", "Preview a vault redemption"),
        ("maxWithdraw(address owner)", "Read the maximum vault withdrawal"),
      ])
    + registryGroup(
      "Access control",
      [
        ("transferOwnership(address newOwner)", "Transfer contract ownership"),
        ("renounceOwnership()", "Give up contract ownership"),
        ("acceptOwnership()", "Accept contract ownership"),
        ("owner()", "Read the contract owner"),
        ("grantRole(bytes32 role, address account)", "Grant a role"),
        ("revokeRole(bytes32 role, address account)", "Revoke a role"),
        ("renounceRole(bytes32 role, address account)", "Give up a role"),
        ("pause()", "Pause the contract"),
        ("unpause()", "Unpause the contract"),
        ("upgradeTo(address newImplementation)", "Upgrade the contract's code"),
        (
          "upgradeToAndCall(address newImplementation, bytes data)",
          "Upgrade the contract's code and call it"
        ),
        ("changeAdmin(address newAdmin)", "Change the proxy admin"),
        ("initialize()", "Initialize the contract"),
      ])
}
