import TxrayCore

/// The checks a transaction must pass before it runs (execution-specs `validate_transaction` and
/// `check_transaction`) and the prices they settle. Failing any makes the transaction invalid:
/// nothing runs and nothing changes.
struct TransactionValidation {
  let intrinsicGas: UInt64
  /// EIP-7623 (Prague): the least the transaction pays, whatever it executes.
  let floorGas: UInt64
  let gasLimit: UInt64
  let nonce: UInt64
  /// What each unit of gas costs the sender; the coinbase gets it minus the base fee.
  let effectiveGasPrice: UInt256
  /// gas limit × max price + blob gas × max blob price: what the sender must hold besides value.
  let maximumFee: UInt256
  let blobGasUsed: UInt64
  let blobGasPrice: UInt256

  /// Validates what does not depend on state.
  init(_ tx: ExecutableTransaction, rules: ForkRules, block: BlockEnvironment) throws(Invalid) {
    let decoded = tx.intrinsicForm
    intrinsicGas = decoded.intrinsicGas(fork: rules.fork)
    floorGas = decoded.calldataFloorGas(fork: rules.fork) ?? 0
    guard let gasLimit = tx.gasLimit.uint64Value, gasLimit >= max(intrinsicGas, floorGas) else {
      throw Invalid("intrinsic gas too low: need \(max(intrinsicGas, floorGas))")
    }
    self.gasLimit = gasLimit
    if let cap = rules.transactionGasCap, gasLimit > cap {
      throw Invalid("gas limit \(gasLimit) above the per-transaction cap \(cap) (EIP-7825)")
    }
    guard gasLimit <= block.gasLimit else {
      throw Invalid("gas limit \(gasLimit) above the block gas limit \(block.gasLimit)")
    }
    guard let nonce = tx.nonce.uint64Value, nonce < UInt64.max else {
      throw Invalid("nonce at or above 2^64-1 (EIP-2681)")
    }
    self.nonce = nonce
    if tx.to == nil && rules.limitsInitcode && tx.data.count > ForkRules.maxInitcodeSize {
      throw Invalid("initcode of \(tx.data.count) bytes exceeds 49152 (EIP-3860)")
    }

    let price: UInt256
    if let gasPrice = tx.gasPrice {
      guard tx.maxFeePerGas == nil, tx.blobHashes == nil, tx.authorizations == nil else {
        throw Invalid("gas price given with EIP-1559 fields")
      }
      guard !rules.hasBaseFee || gasPrice >= block.baseFee else {
        throw Invalid("gas price below the base fee")
      }
      price = gasPrice
      effectiveGasPrice = gasPrice
    } else {
      guard rules.hasBaseFee else { throw Invalid("EIP-1559 transaction before London") }
      let maxFee = tx.maxFeePerGas ?? .zero
      let maxPriority = tx.maxPriorityFeePerGas ?? .zero
      guard maxFee >= maxPriority else { throw Invalid("priority fee above max fee") }
      guard maxFee >= block.baseFee else { throw Invalid("max fee below the base fee") }
      price = maxFee
      effectiveGasPrice = min(maxPriority, maxFee - block.baseFee) + block.baseFee
    }
    let (executionFee, executionOverflow) = UInt256(gasLimit).multipliedReportingOverflow(
      by: price)
    guard !executionOverflow else { throw Invalid("insufficient funds: fee overflows") }

    var maximumFee = executionFee
    if let hashes = tx.blobHashes {
      guard let fraction = rules.blobBaseFeeUpdateFraction else {
        throw Invalid("blob transaction before Cancun")
      }
      guard tx.to != nil else { throw Invalid("blob transaction cannot create a contract") }
      guard !hashes.isEmpty else { throw Invalid("blob transaction without blobs") }
      guard hashes.count <= rules.maxBlobsPerTransaction, hashes.count <= rules.maxBlobsPerBlock
      else { throw Invalid("\(hashes.count) blobs exceed the limit") }
      guard hashes.allSatisfy({ $0.bigEndianBytes[0] == BlobGas.kzgVersion }) else {
        throw Invalid("blob versioned hash without the KZG version byte")
      }
      blobGasPrice = BlobGas.price(
        excessBlobGas: block.excessBlobGas ?? 0, updateFraction: fraction)
      let maxBlobFee = tx.maxFeePerBlobGas ?? .zero
      guard maxBlobFee >= blobGasPrice else { throw Invalid("max fee per blob gas too low") }
      blobGasUsed = UInt64(hashes.count) * BlobGas.perBlob
      let (blobFee, blobOverflow) = UInt256(blobGasUsed).multipliedReportingOverflow(
        by: maxBlobFee)
      let (total, totalOverflow) = maximumFee.addingReportingOverflow(blobFee)
      guard !blobOverflow, !totalOverflow else {
        throw Invalid("insufficient funds: fee overflows")
      }
      maximumFee = total
    } else {
      blobGasUsed = 0
      blobGasPrice = .zero
    }
    self.maximumFee = maximumFee
    if let authorizations = tx.authorizations {
      guard rules.hasDelegation else { throw Invalid("set-code transaction before Prague") }
      guard tx.to != nil else { throw Invalid("set-code transaction cannot create a contract") }
      guard !authorizations.isEmpty else { throw Invalid("empty authorization list") }
    }
  }

  /// Validates the sender against state: nonce, balance for fees and value, no code (EIP-3607)
  /// unless it is an EIP-7702 delegation.
  func check(sender: AccountEntry, value: UInt256) throws(Invalid) {
    guard sender.nonce == nonce else {
      throw Invalid("nonce \(nonce) does not match the sender's nonce \(sender.nonce)")
    }
    let (needed, overflow) = maximumFee.addingReportingOverflow(value)
    guard !overflow, sender.balance >= needed else {
      throw Invalid("insufficient funds for gas × price + value")
    }
    guard sender.code.isEmpty || sender.delegate != nil else {
      throw Invalid("sender has code (EIP-3607)")
    }
  }

  struct Invalid: Error {
    let reason: String
    init(_ reason: String) { self.reason = reason }
  }
}

extension ExecutableTransaction {
  /// The fields intrinsic gas depends on, as the decoder's `Transaction`, so the one
  /// implementation of intrinsic gas serves both.
  var intrinsicForm: Transaction {
    let type: TransactionType =
      authorizations != nil
      ? .setCode
      : blobHashes != nil ? .blob : maxFeePerGas != nil ? .dynamicFee : .accessList
    var transaction = Transaction(type: type, format: .unsigned)
    transaction.to = to
    transaction.data = data
    transaction.accessList = accessList
    transaction.authorizationList = authorizations ?? []
    return transaction
  }
}
