import TxrayCore

/// What one function call sees of the chain: who calls, with what, on which block.
public struct CallContext: Sendable {
  public var currentAccount: AccountId
  public var signer: AccountId
  public var signerPublicKey: PublicKey
  public var predecessor: AccountId
  public var input: [UInt8]
  public var block: NEARBlock
  /// The account's balance with the attached deposit already added.
  public var accountBalance: UInt256
  public var lockedBalance: UInt256
  public var attachedDeposit: UInt256
  public var prepaidGas: UInt64
  public var storageUsage: UInt64
  public var randomSeed: [UInt8]
  /// Results of the receipts this call waits on, in the order it named them.
  public var promiseResults: [PromiseResult]
  /// A view call (`ft_metadata` after the transaction): state changes and promises are refused.
  public var isView: Bool

  public init(
    currentAccount: AccountId, signer: AccountId, signerPublicKey: PublicKey,
    predecessor: AccountId, input: [UInt8], block: NEARBlock, accountBalance: UInt256,
    lockedBalance: UInt256, attachedDeposit: UInt256, prepaidGas: UInt64, storageUsage: UInt64,
    randomSeed: [UInt8], promiseResults: [PromiseResult] = [], isView: Bool = false
  ) {
    self.currentAccount = currentAccount
    self.signer = signer
    self.signerPublicKey = signerPublicKey
    self.predecessor = predecessor
    self.input = input
    self.block = block
    self.accountBalance = accountBalance
    self.lockedBalance = lockedBalance
    self.attachedDeposit = attachedDeposit
    self.prepaidGas = prepaidGas
    self.storageUsage = storageUsage
    self.randomSeed = randomSeed
    self.promiseResults = promiseResults
    self.isView = isView
  }
}

/// The outcome of a receipt a callback waits on, as `promise_result` reports it.
public enum PromiseResult: Sendable, Equatable {
  case successful([UInt8])
  case failed
}
