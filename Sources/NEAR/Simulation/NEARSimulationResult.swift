import TxrayCore

/// What simulating a NEAR transaction found.
public struct NEARSimulationResult: Sendable {
  public enum Status: Sendable, Equatable {
    /// Every receipt on the transaction's main path succeeded; the value it returned.
    case succeeded(value: [UInt8])
    /// A receipt on the main path failed (the contract's panic message or nearcore's error).
    /// The signer still pays for the gas burnt; other receipts may still have run.
    case failed(String)
    /// The transaction would be rejected before running (nonce, key, balance, permissions).
    case invalid(String)
    /// It could not be judged: missing state, unknown host function, a bound hit.
    case notSimulated(String)

    /// The `status` of the JSON `simulation` object: the names EVM's uses too.
    public var name: String {
      switch self {
      case .succeeded: return "success"
      case .failed: return "failure"
      case .invalid: return "invalid"
      case .notSimulated: return "notSimulated"
      }
    }
  }

  public var status: Status
  /// All gas burnt: converting the transaction plus every receipt.
  public var gasBurnt: UInt64
  /// NEAR burnt for that gas (part goes to contracts as their 30% reward).
  public var tokensBurnt: UInt256
  public var gasPrice: UInt256
  public var receipts: [NEARReceiptOutcome]
  public var effects: [NEARSimulatedEffect]
  /// Metadata of the tokens the effects name, read by view calls after the transaction.
  public var tokens: [AccountId: NEARTokenMetadata]

  /// The JSON `reason`: why it failed, was invalid or was not simulated; nil when it succeeded.
  public var reason: String? {
    switch status {
    case .succeeded: return nil
    case .failed(let reason), .invalid(let reason), .notSimulated(let reason): return reason
    }
  }
}

/// One receipt as it executed, in execution order.
public struct NEARReceiptOutcome: Sendable, Equatable {
  public enum Status: Sendable, Equatable {
    case succeeded(value: [UInt8])
    /// Succeeded and handed its result to the receipt with this id (`promise_return`).
    case succeededWithReceipt(Int)
    case failed(String)
    case notSimulated(String)
  }

  public var id: Int
  /// What started it: the transaction, a contract's promise, or a refund.
  public var isRefund: Bool
  public var predecessor: AccountId
  public var receiver: AccountId
  /// Each action as a short label ("FunctionCall ft_transfer", "Transfer").
  public var actions: [String]
  public var status: Status
  public var logs: [String]
  public var gasBurnt: UInt64
  public var tokensBurnt: UInt256
  public var blockHeight: UInt64
  /// Receipts this one created, by id.
  public var created: [Int]
}

/// NEP-148 / NEP-177 metadata a view call returned; text is the contract's and hostile.
public struct NEARTokenMetadata: Sendable, Equatable {
  public var symbol: String?
  public var name: String?
  public var decimals: Int?

  public init(symbol: String?, name: String?, decimals: Int?) {
    self.symbol = symbol
    self.name = name
    self.decimals = decimals
  }
}

/// Which token standard an effect comes from.
public enum NEARTokenStandard: String, Sendable {
  case nep141
  case nep171
}

/// One consequence of the simulated transaction.
public enum NEARSimulatedEffect: Sendable, Equatable {
  /// NEAR held by the account before and after (liquid balance), with why it changed.
  case balanceChange(account: AccountId, before: UInt256, after: UInt256)
  /// Fungible amounts or non-fungible token ids moved, from a NEP-297 event.
  case tokenTransfer(
    standard: NEARTokenStandard, token: AccountId, from: AccountId, to: AccountId,
    amount: UInt256?, tokenIds: [String], memo: String?)
  case tokenMint(
    standard: NEARTokenStandard, token: AccountId, owner: AccountId, amount: UInt256?,
    tokenIds: [String])
  case tokenBurn(
    standard: NEARTokenStandard, token: AccountId, owner: AccountId, amount: UInt256?,
    tokenIds: [String])
  /// Storage the account pays stake for changed; the stake is bytes × 10^19 yoctoNEAR.
  case storageChange(account: AccountId, beforeBytes: UInt64, afterBytes: UInt64)
  case keyAdded(account: AccountId, key: PublicKey, permission: AccessKeyPermission)
  case keyRemoved(account: AccountId, key: PublicKey)
  case codeDeployed(account: AccountId, sha256: [UInt8], size: Int)
  case accountCreated(AccountId)
  case accountDeleted(account: AccountId, beneficiary: AccountId)

  public var kind: String {
    switch self {
    case .balanceChange: return "balanceChange"
    case .tokenTransfer: return "tokenTransfer"
    case .tokenMint: return "tokenMint"
    case .tokenBurn: return "tokenBurn"
    case .storageChange: return "storageChange"
    case .keyAdded: return "keyAdded"
    case .keyRemoved: return "keyRemoved"
    case .codeDeployed: return "codeDeployed"
    case .accountCreated: return "accountCreated"
    case .accountDeleted: return "accountDeleted"
    }
  }
}
