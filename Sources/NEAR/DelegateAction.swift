/// NEP-366 meta transaction: `senderId` signs actions for `receiverId` that a relayer submits and
/// pays gas for. The actions run as if `senderId` had sent them, until `maxBlockHeight`.
public struct DelegateAction: Sendable, Equatable {
  public var senderId: AccountId
  public var receiverId: AccountId
  /// Never a nested `Delegate`: nearcore refuses to decode one.
  public var actions: [Action]
  public var nonce: UInt64
  public var maxBlockHeight: UInt64
  public var publicKey: PublicKey

  public init(
    senderId: AccountId, receiverId: AccountId, actions: [Action], nonce: UInt64,
    maxBlockHeight: UInt64, publicKey: PublicKey
  ) {
    self.senderId = senderId
    self.receiverId = receiverId
    self.actions = actions
    self.nonce = nonce
    self.maxBlockHeight = maxBlockHeight
    self.publicKey = publicKey
  }
}

public struct SignedDelegateAction: Sendable, Equatable {
  public var delegateAction: DelegateAction
  public var signature: Signature

  public init(delegateAction: DelegateAction, signature: Signature) {
    self.delegateAction = delegateAction
    self.signature = signature
  }
}
