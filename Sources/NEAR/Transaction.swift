import TxrayCore

/// A NEAR transaction in either version nearcore serializes: V0 (no tag) and V1 (tag 1, with a
/// priority fee).
public struct Transaction: Sendable, Equatable {
  public enum Version: Sendable, Equatable {
    case v0
    case v1(priorityFee: UInt64)
  }

  public var version: Version
  public var signerId: AccountId
  public var publicKey: PublicKey
  public var nonce: UInt64
  public var receiverId: AccountId
  /// The recent block the transaction is anchored to; nil only in an RPC view, which omits it.
  public var blockHash: [UInt8]?
  public var actions: [Action]

  public init(
    version: Version, signerId: AccountId, publicKey: PublicKey, nonce: UInt64,
    receiverId: AccountId, blockHash: [UInt8]?, actions: [Action]
  ) {
    self.version = version
    self.signerId = signerId
    self.publicKey = publicKey
    self.nonce = nonce
    self.receiverId = receiverId
    self.blockHash = blockHash
    self.actions = actions
  }

  public var priorityFee: UInt64? {
    if case .v1(let fee) = version { return fee }
    return nil
  }
}

public struct SignedTransaction: Sendable, Equatable {
  public var transaction: Transaction
  public var signature: Signature

  public init(transaction: Transaction, signature: Signature) {
    self.transaction = transaction
    self.signature = signature
  }
}
