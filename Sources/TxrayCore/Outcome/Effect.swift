/// One consequence of a transaction for someone, in chain-neutral terms. Accounts are strings: a
/// checksummed EVM address or a NEAR account id. Effects come either from decoding (what the
/// transaction declares: an `approve` call's arguments, a NEAR action) or from simulation (what
/// executing it did: logs, balance changes); `Outcome` keeps the two apart.
public enum Effect: Sendable, Hashable {
  /// `amount` of `asset` moves from one account to another; for non-fungible assets `tokenId`
  /// names the token and `amount` is how many (1 for ERC-721 / NEP-171).
  case transfer(asset: Asset, from: String, to: String, amount: UInt256, tokenId: String?)
  /// Net change of an account's holding of `asset` over the whole transaction (fees included).
  case balanceChange(account: String, asset: Asset, delta: SignedAmount)
  /// `spender` may move up to `amount` of `owner`'s `asset` (`UInt256.max`: unlimited) until
  /// `expiry` (unix seconds; nil: no expiry). `mechanism` says how: "approve", "permit",
  /// "permit2", "increaseAllowance" …
  case allowance(
    asset: Asset, owner: String, spender: String, amount: UInt256, expiry: UInt64?,
    mechanism: String)
  /// `operator` may move every token of `owner` in `collection` (`approved` false revokes).
  case operatorApproval(collection: Asset, owner: String, operator: String, approved: Bool)
  case keyAdded(account: String, key: String, access: KeyAccess)
  case keyRemoved(account: String, key: String)
  /// `account`'s code becomes code with this hash (hex or base58, as the chain writes it).
  case codeDeployed(account: String, codeHash: String, size: Int?)
  /// EIP-7702: `authority`'s account runs `delegate`'s code from now on (nil: delegation cleared).
  case delegationSet(authority: String, delegate: String?, chainId: UInt64)
  case accountCreated(account: String)
  case accountDeleted(account: String, beneficiary: String)
  /// `account` locks `amount` of its own NEAR as validator stake under `validatorKey`; 0
  /// unstakes all of it (NEAR's Stake action).
  case staked(account: String, amount: UInt256, validatorKey: String)
  /// A call the transaction makes, with what it attaches (ETH value or NEAR deposit).
  case call(from: String, to: String, method: String?, attached: UInt256)
  /// `account` runs the code at `code` as itself (a Safe's DELEGATECALL): for that call the code
  /// has the account's funds and storage, and can change who controls it. `library` names the
  /// code when it is a curated batching library (Safe's MultiSend), whose calls are read one by
  /// one; nil for any other code.
  case delegateCall(account: String, code: String, library: String?)
  /// A signed action someone else may submit (NEAR delegate action, NEP-366).
  case delegatedAction(sender: String, receiver: String, relayer: String?, maxBlockHeight: UInt64)

  /// A short machine name: the `kind` of the JSON effect.
  public var kind: String {
    switch self {
    case .transfer: return "transfer"
    case .balanceChange: return "balanceChange"
    case .allowance: return "allowance"
    case .operatorApproval: return "operatorApproval"
    case .keyAdded: return "keyAdded"
    case .keyRemoved: return "keyRemoved"
    case .codeDeployed: return "codeDeployed"
    case .delegationSet: return "delegationSet"
    case .accountCreated: return "accountCreated"
    case .accountDeleted: return "accountDeleted"
    case .staked: return "staked"
    case .call: return "call"
    case .delegateCall: return "delegateCall"
    case .delegatedAction: return "delegatedAction"
    }
  }
}
