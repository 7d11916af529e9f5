import TxrayCore

/// Why a node would refuse the transaction before running anything.
struct Rejection: Error {
  var reason: String
}

extension ReceiptEngine {
  /// Checks the transaction as a node does when it accepts it and charges the signer for all
  /// of its gas (at the block's price) and deposits; returns the receipt it becomes.
  func convert(_ tx: Transaction) throws(NEARStateError) -> Result<Receipt, Rejection> {
    func reject(_ reason: String) -> Result<Receipt, Rejection> {
      .failure(Rejection(reason: reason))
    }
    guard var signer = try world.account(tx.signerId) else {
      return reject("signer account \(tx.signerId) does not exist")
    }
    guard var key = try world.accessKey(tx.signerId, tx.publicKey) else {
      return reject("access key \(tx.publicKey) does not exist on \(tx.signerId)")
    }
    guard tx.nonce > key.nonce else {
      return reject(
        "nonce \(tx.nonce) is not above the access key's nonce \(key.nonce): already used")
    }
    let sir = tx.signerId == tx.receiverId
    let prepaid = GasFeeBound.prepaidGas(tx.actions)
    guard let prepaidGas = prepaid.uint64Value, prepaidGas <= fees.maxTotalPrepaidGas else {
      return reject(
        "the actions prepay \(prepaid) gas, more than the \(fees.maxTotalPrepaidGas) allowed")
    }
    let sendFees = fees.sendFees(tx.actions, sir: sir)
    let gas = UInt256(sendFees) + UInt256(fees.executionFees(tx.actions)) + UInt256(prepaidGas)
    let gasCost = gas * block.gasPrice
    let deposit = Self.totalDeposit(tx.actions)
    let cost = gasCost + deposit
    if case .functionCall(let allowance, let receiver, let methods) = key.permission {
      guard tx.actions.count == 1, case .functionCall(let call) = tx.actions[0] else {
        return reject("the access key may only make one function call per transaction")
      }
      guard call.deposit.isZero else { return reject("the access key cannot attach a deposit") }
      guard receiver == tx.receiverId.value else {
        return reject("the access key may only call \(receiver), not \(tx.receiverId)")
      }
      guard methods.isEmpty || methods.contains(call.methodName) else {
        return reject("the access key may not call \(call.methodName)")
      }
      if let allowance {
        guard allowance >= gasCost else {
          return reject(
            "the access key's allowance \(NEARAmount.text(allowance)) does not cover the gas "
              + NEARAmount.text(gasCost))
        }
        key.permission = .functionCall(
          allowance: allowance - gasCost, receiverId: receiver, methodNames: methods)
      }
    }
    guard signer.amount >= cost else {
      return reject(
        "\(tx.signerId) has \(NEARAmount.text(signer.amount)) but the transaction costs up to "
          + NEARAmount.text(cost))
    }
    signer.amount -= cost
    key.nonce = tx.nonce
    try world.setAccount(tx.signerId, signer)
    world.setAccessKey(tx.signerId, tx.publicKey, key)
    gasBurnt &+= sendFees
    tokensBurnt += UInt256(sendFees) * block.gasPrice
    let action = ActionReceipt(
      signer: tx.signerId, signerPublicKey: tx.publicKey, gasPrice: block.gasPrice,
      actions: tx.actions)
    return .success(
      Receipt(
        id: newReceiptId(), predecessor: tx.signerId, receiver: tx.receiverId,
        body: .action(action), depth: 0))
  }

  /// NEAR the actions hand over; a delegate action's inner deposits are paid by the relayer.
  static func totalDeposit(_ actions: [Action]) -> UInt256 {
    actions.reduce(UInt256.zero) { total, action in
      if case .delegate(let signed) = action {
        return total + totalDeposit(signed.delegateAction.actions)
      }
      return total + action.deposit
    }
  }
}
