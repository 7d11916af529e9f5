import Secp256k1Signatures
import TxrayCore

/// Whether a transaction obeys a fork's rules, and if not, the first rule it breaks.
public struct Validity: Sendable, Equatable {
  public var isValid: Bool
  /// One short human line, e.g. "intrinsic gas 53000 exceeds gas limit 21000"; nil when valid.
  public var reason: String?

  public init(isValid: Bool, reason: String? = nil) {
    self.isValid = isValid
    self.reason = reason
  }
}

/// Protocol limits the validity rules compare against.
enum ProtocolLimits {
  static let maxNonce = UInt256(UInt64.max)
  static let maxGasLimit = UInt256(UInt64.max)
  /// EIP-7825 (Osaka): no transaction may ask for more than 2^24 gas.
  static let osakaGasLimitCap = UInt256(1 << 24)
  /// EIP-3860 (Shanghai): twice the EIP-170 code size limit.
  static let maxInitCodeSize = 49_152
  /// The only blob versioned hash version so far: 0x01 = sha256 of a KZG commitment.
  static let kzgVersionByte: UInt8 = 0x01
  /// The least the blob base fee can be, in wei (EIP-4844's MIN_BASE_FEE_PER_BLOB_GAS).
  static let minBlobBaseFee: UInt256 = 1

  /// The most blobs one transaction may carry: the block maximum in Cancun (6) and Prague
  /// (EIP-7691, 9), which no single transaction can exceed, and the per-transaction cap of 6
  /// that Osaka adds (EIP-7594).
  static func maxBlobsPerTransaction(_ fork: Fork) -> Int {
    fork == .prague ? 9 : 6
  }

  /// The first fork that accepts a transaction type.
  static func introduction(of type: TransactionType) -> Fork {
    switch type {
    case .legacy: .frontier
    case .accessList: .berlin
    case .dynamicFee: .london
    case .blob: .cancun
    case .setCode: .prague
    }
  }
}

extension Transaction {
  /// Checks this transaction against `fork`'s rules: type allowed, signature form (EIP-155,
  /// EIP-2 low s), chain id, nonce and gas bounds (EIP-2681, EIP-7825), fee arithmetic, intrinsic
  /// gas with the EIP-7623 floor, initcode size (EIP-3860), blob rules (with the network form's
  /// commitments and KZG proofs) and authorization rules.
  /// Rules that need chain state (balance, nonce, base fee) are not checked, nor gas rules for a
  /// request that leaves the gas limit to the wallet.
  public func validity(fork: Fork, expectedChainId: UInt256? = nil) -> Validity {
    let reason =
      typeViolation(fork) ?? signatureViolation(fork)
      ?? chainIdViolation(expectedChainId) ?? boundsViolation(fork) ?? feeViolation()
      ?? gasViolation(fork) ?? blobViolation(fork) ?? authorizationViolation()
    return Validity(isValid: reason == nil, reason: reason)
  }

  private func typeViolation(_ fork: Fork) -> String? {
    let introduced = ProtocolLimits.introduction(of: type)
    guard fork < introduced else { return nil }
    return "type \(type.rawValue) (\(type.eipName)) is not allowed before \(introduced.displayName)"
  }

  private func signatureViolation(_ fork: Fork) -> String? {
    if type == .legacy, chainId != nil, fork < .spuriousDragon {
      return "EIP-155 replay protection (chain id in v) is not allowed before Spurious Dragon"
    }
    if let signature, fork >= .homestead, signature.s > Secp256k1.halfOrder {
      return "signature s is above n/2, which is not allowed since Homestead (EIP-2)"
    }
    return nil
  }

  private func chainIdViolation(_ expected: UInt256?) -> String? {
    guard let expected, let chainId, chainId != expected else { return nil }
    return "chain id \(chainId) does not match the expected chain id \(expected)"
  }

  private func boundsViolation(_ fork: Fork) -> String? {
    if nonce >= ProtocolLimits.maxNonce {
      return "nonce \(nonce) is not below 2^64-1 (EIP-2681)"
    }
    if gasLimit > ProtocolLimits.maxGasLimit {
      return "gas limit \(gasLimit) does not fit in 64 bits"
    }
    if fork >= .osaka, gasLimit > ProtocolLimits.osakaGasLimitCap {
      return "gas limit \(gasLimit) exceeds the Osaka cap of 16777216 (EIP-7825)"
    }
    return nil
  }

  private func feeViolation() -> String? {
    if let maxFee = maxFeePerGas, let maxPriority = maxPriorityFeePerGas, maxPriority > maxFee {
      return "max priority fee \(maxPriority) exceeds max fee \(maxFee)"
    }
    let price = gasPrice ?? maxFeePerGas ?? .zero
    if gasLimit.multipliedReportingOverflow(by: price).overflow {
      return "gas limit × gas price overflows 256 bits"
    }
    if feeCeiling == nil {
      return "the maximum total fee overflows 256 bits"
    }
    return nil
  }

  private func gasViolation(_ fork: Fork) -> String? {
    // A request without gas leaves the limit to the wallet, which estimates it.
    if unsetFields.contains("gas") { return nil }
    let intrinsic = intrinsicGas(fork: fork)
    if UInt256(intrinsic) > gasLimit {
      return "intrinsic gas \(intrinsic) exceeds gas limit \(gasLimit)"
    }
    if let floor = calldataFloorGas(fork: fork), UInt256(floor) > gasLimit {
      return "gas limit \(gasLimit) is below the EIP-7623 calldata floor \(floor)"
    }
    if to == nil, fork >= .shanghai, data.count > ProtocolLimits.maxInitCodeSize {
      return
        "initcode is \(data.count) bytes, above the \(ProtocolLimits.maxInitCodeSize)-byte limit (EIP-3860)"
    }
    return nil
  }

  private func blobViolation(_ fork: Fork) -> String? {
    guard type == .blob else { return nil }
    let count = blobVersionedHashes.count
    if count == 0 {
      return "a blob transaction must carry at least one blob versioned hash"
    }
    // The blob base fee never falls below 1 wei (EIP-4844's MIN_BASE_FEE_PER_BLOB_GAS), so a
    // lower ceiling can never be included. A request may leave the ceiling to the wallet.
    if !unsetFields.contains("maxFeePerBlobGas"), let ceiling = maxFeePerBlobGas,
      ceiling < ProtocolLimits.minBlobBaseFee
    {
      return "max fee per blob gas is \(ceiling) wei, below the minimum blob base fee of "
        + "\(ProtocolLimits.minBlobBaseFee) wei: it can never be included"
    }
    let limit = ProtocolLimits.maxBlobsPerTransaction(fork)
    if count > limit {
      return "\(count) blobs exceed the \(fork.displayName) limit of \(limit) per transaction"
    }
    for (index, hash) in blobVersionedHashes.enumerated()
    where hash.first != ProtocolLimits.kzgVersionByte {
      let version = hash.first.map { Hex.encode([$0]) } ?? "none"
      return "blob versioned hash \(index) has version \(version), expected 0x01"
    }
    return sidecar?.violation(versionedHashes: blobVersionedHashes)
  }

  private func authorizationViolation() -> String? {
    guard type == .setCode else { return nil }
    if authorizationList.isEmpty {
      return "an EIP-7702 transaction must carry at least one authorization"
    }
    // EIP-7702 makes the whole transaction invalid when a tuple field is out of these bounds.
    for (index, authorization) in authorizationList.enumerated() {
      if authorization.nonce > ProtocolLimits.maxNonce {
        return "authorization \(index) nonce does not fit in 64 bits"
      }
      if authorization.yParity > UInt256(UInt64(UInt8.max)) {
        return "authorization \(index) y-parity does not fit in 8 bits"
      }
    }
    return nil
  }
}
