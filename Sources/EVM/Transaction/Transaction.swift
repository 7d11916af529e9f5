import TxrayCore

/// One Ethereum transaction of any type, exactly as decoded: every field the signer commits to,
/// plus what follows from them (sender, hashes, the most it can cost).
public struct Transaction: Sendable, Equatable {
  public var type: TransactionType
  public var format: TransactionFormat
  /// nil for a legacy transaction signed without EIP-155 replay protection.
  public var chainId: UInt256?
  public var nonce: UInt256 = .zero
  /// Legacy and EIP-2930 only.
  public var gasPrice: UInt256?
  /// EIP-1559, EIP-4844 and EIP-7702.
  public var maxFeePerGas: UInt256?
  public var maxPriorityFeePerGas: UInt256?
  public var gasLimit: UInt256 = .zero
  /// nil means contract creation.
  public var to: Address?
  public var value: UInt256 = .zero
  public var data: [UInt8] = []
  public var accessList: [AccessListEntry] = []
  public var maxFeePerBlobGas: UInt256?
  public var blobVersionedHashes: [[UInt8]] = []
  public var authorizationList: [Authorization] = []
  /// nil when unsigned or a request.
  public var signature: Signature?
  /// Set only when the input was the EIP-4844 network form.
  public var sidecar: BlobSidecar?
  /// The recovered sender (signed) or the request's "from".
  public var from: Address?
  /// Keccak of the signed encoding (for the network form, of the transaction without sidecar);
  /// nil when not signed.
  public var hash: [UInt8]?
  /// The digest a wallet signs.
  public var signingHash: [UInt8] = []
  /// For a request: the JSON names of values the app left for the wallet to fill in ("nonce",
  /// "gas", "chainId", fee fields). They read as zero (chainId as nil) until then, so the fee
  /// ceiling and gas checks cannot be judged yet. Empty for signed and unsigned transactions.
  public var unsetFields: [String] = []

  /// Blob gas one blob consumes (EIP-4844 GAS_PER_BLOB).
  public static let gasPerBlob: UInt64 = 131_072

  init(type: TransactionType, format: TransactionFormat) {
    self.type = type
    self.format = format
  }

  /// The most this transaction can pay in fees, in wei: gas limit × (gas price or max fee per
  /// gas) + blob gas × max fee per blob gas. nil when that does not fit in 256 bits.
  public var feeCeiling: UInt256? {
    let price = gasPrice ?? maxFeePerGas ?? .zero
    let (executionFee, executionOverflow) = gasLimit.multipliedReportingOverflow(by: price)
    guard !executionOverflow else { return nil }
    guard let blobFeePrice = maxFeePerBlobGas, !blobVersionedHashes.isEmpty else {
      return executionFee
    }
    let blobGas = UInt256(Self.gasPerBlob) * UInt256(UInt64(blobVersionedHashes.count))
    let (blobFee, blobOverflow) = blobGas.multipliedReportingOverflow(by: blobFeePrice)
    guard !blobOverflow else { return nil }
    let (total, totalOverflow) = executionFee.addingReportingOverflow(blobFee)
    return totalOverflow ? nil : total
  }

  /// Whether a request left this field (by its JSON name) for the wallet to fill in.
  public func isUnset(_ field: String) -> Bool {
    unsetFields.contains(field)
  }

  /// Whether a request left the gas limit or a fee for the wallet, so the most it can cost is
  /// not known yet.
  public var leavesFeesToWallet: Bool {
    unsetFields.contains { Self.feeFields.contains($0) }
  }

  private static let feeFields: Set<String> = [
    "gas", "gasPrice", "maxFeePerGas", "maxPriorityFeePerGas", "maxFeePerBlobGas",
  ]

  /// The 4-byte function selector of a call: the first 4 bytes of data when there is a
  /// recipient and at least 4 bytes of data.
  public var selector: [UInt8]? {
    guard to != nil, data.count >= 4 else { return nil }
    return Array(data.prefix(4))
  }
}
