import TxrayCore

/// What the executor needs from a transaction, whatever its encoding. Numbers that a hostile or
/// test transaction may set out of range (nonce, gas limit) stay 256-bit so validation, not
/// parsing, rejects them.
public struct ExecutableTransaction: Sendable {
  public var sender: Address
  /// nil creates a contract.
  public var to: Address?
  public var value: UInt256
  public var data: [UInt8]
  public var gasLimit: UInt256
  public var nonce: UInt256
  /// Legacy and EIP-2930 pricing; nil for EIP-1559 style.
  public var gasPrice: UInt256?
  public var maxFeePerGas: UInt256?
  public var maxPriorityFeePerGas: UInt256?
  public var accessList: [AccessListEntry]
  /// Set for an EIP-4844 transaction (even when empty, which is invalid).
  public var blobHashes: [UInt256]?
  public var maxFeePerBlobGas: UInt256?
  /// Set for an EIP-7702 transaction (even when empty, which is invalid).
  public var authorizations: [Authorization]?

  public init(
    sender: Address, to: Address?, value: UInt256 = .zero, data: [UInt8] = [],
    gasLimit: UInt256, nonce: UInt256 = .zero, gasPrice: UInt256? = nil,
    maxFeePerGas: UInt256? = nil, maxPriorityFeePerGas: UInt256? = nil,
    accessList: [AccessListEntry] = [], blobHashes: [UInt256]? = nil,
    maxFeePerBlobGas: UInt256? = nil, authorizations: [Authorization]? = nil
  ) {
    self.sender = sender
    self.to = to
    self.value = value
    self.data = data
    self.gasLimit = gasLimit
    self.nonce = nonce
    self.gasPrice = gasPrice
    self.maxFeePerGas = maxFeePerGas
    self.maxPriorityFeePerGas = maxPriorityFeePerGas
    self.accessList = accessList
    self.blobHashes = blobHashes
    self.maxFeePerBlobGas = maxFeePerBlobGas
    self.authorizations = authorizations
  }

  /// A decoded transaction sent by `sender` (its recovered signer or the request's `from`).
  public init(_ tx: Transaction, sender: Address) {
    self.init(
      sender: sender, to: tx.to, value: tx.value, data: tx.data, gasLimit: tx.gasLimit,
      nonce: tx.nonce, gasPrice: tx.gasPrice, maxFeePerGas: tx.maxFeePerGas,
      maxPriorityFeePerGas: tx.maxPriorityFeePerGas, accessList: tx.accessList,
      blobHashes: tx.type == .blob
        ? tx.blobVersionedHashes.map { UInt256(bigEndianBytes: $0) ?? .zero } : nil,
      maxFeePerBlobGas: tx.maxFeePerBlobGas,
      authorizations: tx.type == .setCode ? tx.authorizationList : nil)
  }
}
