import TxrayCore

/// What the signer says a transaction must do, clause by clause: the amounts that may leave and
/// must come back, who is paid, which approvals, keys and delegations are expected, and whether
/// anything else is allowed. Parsed deterministically from the expectation language
/// (`ExpectationParser`) or its JSON form (`ExpectationJSON`); the model's reading of plain
/// words is only ever a proposal in this language, shown back before it is checked.
public struct Expectation: Sendable, Equatable {
  public var clauses: [ExpectationClause]

  public init(clauses: [ExpectationClause]) {
    self.clauses = clauses
  }

  /// Whether effects the clauses do not mention (approvals, outflows, keys, delegations,
  /// deletions, deployments) are differences.
  public var forbidsEverythingElse: Bool { clauses.contains(.nothingElse) }

  /// The same expectation with `nothing else` added when it is not there: the review screen's
  /// default, where the signer states the whole of what they mean to do.
  public var strict: Expectation {
    forbidsEverythingElse ? self : Expectation(clauses: clauses + [.nothingElse])
  }
}

/// One clause of an expectation.
public enum ExpectationClause: Sendable, Equatable {
  /// `send ≤ 1 ETH [to ACCOUNT]`: what leaves the signer's account in this asset, in total.
  case send(ExpectedAmount, to: String?)
  /// `receive ≥ 3000 USDC [from ACCOUNT]`: what the signer's account gets in this asset.
  case receive(ExpectedAmount, from: String?)
  /// `to ACCOUNT`: everything that leaves the signer's account goes to this account.
  case onlyTo(String)
  /// `approve ≤ 500 USDC to SPENDER` (amount nil: `approve unlimited USDC to SPENDER`).
  case approve(ExpectedAmount, spender: String)
  /// `no approvals`: no allowance or operator approval is granted.
  case noApprovals
  /// `add key for CONTRACT`: a NEAR function-call key limited to that contract may be added.
  case addKey(receiver: String)
  /// `no new keys`: no access key is added.
  case noNewKeys
  /// `delegate to ADDRESS`: an EIP-7702 delegation to this code may be set.
  case delegate(to: String)
  /// `fee ≤ 0.01 ETH`: the most the transaction can cost in fees.
  case fee(ExpectedAmount)
  /// `via CONTRACT`: the transaction calls this contract (or pays this account).
  case via(String)
  /// `on chain 137` / `on near`: the network the transaction is bound to.
  case network(ExpectedNetwork)
  /// `nothing else`: every approval, outflow, key, delegation, deletion or deployment the other
  /// clauses do not name is a difference.
  case nothingElse
}

/// An amount with how it may differ, in the asset's own units ("1.5" ETH, not wei).
public struct ExpectedAmount: Sendable, Equatable {
  public enum Bound: String, Sendable, Equatable, CaseIterable {
    case atMost, atLeast, exactly

    /// The symbol the canonical text writes.
    public var symbol: String {
      switch self {
      case .atMost: return "≤"
      case .atLeast: return "≥"
      case .exactly: return "="
      }
    }
  }

  public var bound: Bound
  /// The quantity, `nil` for `unlimited` (approvals only).
  public var quantity: DecimalQuantity?
  public var asset: AssetReference

  public init(bound: Bound, quantity: DecimalQuantity?, asset: AssetReference) {
    self.bound = bound
    self.quantity = quantity
    self.asset = asset
  }
}

/// An asset as the signer names it: a ticker looked up in txray's token knowledge for the
/// chain, or the token's own contract (an EVM address or NEAR account id).
public enum AssetReference: Sendable, Equatable, CustomStringConvertible {
  case symbol(String)
  case contract(String)

  public var description: String {
    switch self {
    case .symbol(let symbol): return symbol
    case .contract(let contract): return contract
    }
  }
}

/// The network a clause binds the transaction to.
public enum ExpectedNetwork: Sendable, Equatable, CustomStringConvertible {
  case evm(chainId: UInt64)
  case near

  public var description: String {
    switch self {
    case .evm(let chainId): return "chain \(chainId)"
    case .near: return "near"
    }
  }
}
