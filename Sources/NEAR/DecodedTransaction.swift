import TxrayCore

/// What an input held, decoded, with its hash and the verdict on its signature.
public struct DecodedTransaction: Sendable {
  public enum Format: String, Sendable {
    /// Borsh `SignedTransaction`.
    case signed
    /// Borsh `Transaction`: what a wallet is about to sign.
    case unsigned
    /// The `transaction` object of NEAR RPC's transaction status (a signed transaction's view).
    case rpcView
    /// Borsh `SignedDelegateAction` (NEP-366), as handed to a relayer.
    case signedDelegate
    /// Borsh `DelegateAction`, before its sender signs it.
    case delegate
  }

  public enum Body: Sendable {
    case transaction(Transaction)
    case delegate(DelegateAction)
  }

  public var format: Format
  public var body: Body
  public var signature: Signature?
  /// sha256 of the Borsh transaction (or of the NEP-461 delegate message); nil when it cannot be
  /// computed (an RPC view without its block hash).
  public var computedHash: [UInt8]?
  /// The hash an RPC view states; checked against `computedHash` when both exist.
  public var statedHash: [UInt8]?
  /// nil when there is no signature to check.
  public var signatureValid: Bool?

  public var signerId: AccountId {
    switch body {
    case .transaction(let tx): return tx.signerId
    case .delegate(let delegate): return delegate.senderId
    }
  }

  public var receiverId: AccountId {
    switch body {
    case .transaction(let tx): return tx.receiverId
    case .delegate(let delegate): return delegate.receiverId
    }
  }

  public var publicKey: PublicKey {
    switch body {
    case .transaction(let tx): return tx.publicKey
    case .delegate(let delegate): return delegate.publicKey
    }
  }

  public var nonce: UInt64 {
    switch body {
    case .transaction(let tx): return tx.nonce
    case .delegate(let delegate): return delegate.nonce
    }
  }

  public var actions: [Action] {
    switch body {
    case .transaction(let tx): return tx.actions
    case .delegate(let delegate): return delegate.actions
    }
  }

  public var blockHash: [UInt8]? {
    if case .transaction(let tx) = body { return tx.blockHash }
    return nil
  }

  public var isSigned: Bool { signature != nil }

  /// The hash that identifies the signed transaction (or delegate action): computed when
  /// possible, else as an RPC view states it; nil when unsigned.
  public var hash: [UInt8]? {
    isSigned ? computedHash ?? statedHash : nil
  }

  /// The re-encoded Borsh bytes of what was decoded, nil for an RPC view.
  public var borshBytes: [UInt8]? {
    switch (body, signature) {
    case (.transaction(let tx), nil): return tx.borshBytes
    case (.transaction(let tx), .some(let signature)):
      return SignedTransaction(transaction: tx, signature: signature).borshBytes
    case (.delegate(let delegate), nil): return delegate.borshBytes
    case (.delegate(let delegate), .some(let signature)):
      return SignedDelegateAction(delegateAction: delegate, signature: signature).borshBytes
    }
  }
}
