import Crypto
import TxrayCore

/// Why an action stopped its receipt.
enum ActionStop: Error {
  /// The receipt fails as on chain.
  case failure(String)
  /// txray cannot tell what would happen.
  case notSimulated(String)
}

/// A receipt made while executing another, before it is sent.
struct NewReceipt {
  var id: Int
  var predecessor: AccountId
  var receiver: AccountId
  var action: ActionReceipt
  var depth: Int

  var receipt: Receipt {
    Receipt(
      id: id, predecessor: predecessor, receiver: receiver, body: .action(action), depth: depth)
  }
}

/// The running account of one action receipt's execution, shared by its actions.
struct ReceiptRun {
  let receipt: Receipt
  let action: ActionReceipt
  let promiseResults: [PromiseResult]
  var burnt: UInt64 = 0
  var used: UInt64 = 0
  /// Gas burnt inside contracts, of which the contract's account gets 30%.
  var contractBurnt: UInt64 = 0
  var logs: [String] = []
  var created: [NewReceipt] = []
  var effects: [NEARSimulatedEffect] = []
  /// What the last action returned: bytes, or the index in `created` of a receipt whose result
  /// becomes this one's.
  var returned: Returned = .value([])

  enum Returned {
    case value([UInt8])
    case receipt(Int)
  }

  mutating func charge(burnt gas: UInt64, used extra: UInt64 = 0) {
    burnt &+= gas
    used &+= gas &+ extra
  }
}

extension ReceiptEngine {
  func execute(_ receipt: Receipt, _ action: ActionReceipt) {
    guard outcomes.count < limits.maxReceipts else {
      stopReason = "not simulated: more than \(limits.maxReceipts) receipts"
      return
    }
    let checkpoint = world.changes
    let results: [PromiseResult] = action.inputDataIds.map { id in
      (receivedData[id] ?? nil).map(PromiseResult.successful) ?? .failed
    }
    var run = ReceiptRun(receipt: receipt, action: action, promiseResults: results)
    if !action.isRefund { run.charge(burnt: Self.prepaidFees(action, fees)) }
    var failure: ActionStop?
    do {
      for (index, item) in action.actions.enumerated() {
        try apply(item, index: index, in: &run)
      }
      try checkStorageStake(receipt.receiver)
    } catch {
      failure = error
    }
    var status: NEARReceiptOutcome.Status
    var refunds: [NewReceipt] = []
    switch failure {
    case .notSimulated(let reason)?:
      world.changes = checkpoint
      stopReason = reason
      status = .notSimulated(reason)
    case .failure(let reason)?:
      world.changes = checkpoint
      status = .failed(reason)
      run.created = []
      run.effects = []
      run.used = run.burnt
      let deposit = Self.totalDeposit(action.actions)
      if !deposit.isZero && !action.isRefund {
        refunds.append(refund(deposit, to: receipt.predecessor, depth: receipt.depth))
      }
    case nil:
      switch run.returned {
      case .value(let value): status = .succeeded(value: value)
      case .receipt(let index): status = .succeededWithReceipt(run.created[index].id)
      }
    }
    payContractReward(run, receipt: receipt, gasPrice: action.gasPrice)
    if !action.isRefund, stopReason == nil {
      // What the receipt's creator prepaid: execution fees (`executionFees` counts the
      // receipt's creation once), data receipts waited for, and the calls' gas.
      let budget =
        UInt256(fees.executionFees(action.actions))
        + UInt256(fees.dataReceiptBase.execution) * UInt256(UInt64(action.inputDataIds.count))
        + GasFeeBound.prepaidGas(action.actions)
      let unused = budget > UInt256(run.used) ? budget - UInt256(run.used) : .zero
      let amount = unused * action.gasPrice
      if !amount.isZero {
        refunds.append(refund(amount, to: action.signer, depth: receipt.depth))
      }
    }
    gasBurnt &+= run.burnt
    tokensBurnt += UInt256(run.burnt) * action.gasPrice
    sendResults(of: &run, status: status)
    outcomes.append(
      NEARReceiptOutcome(
        id: receipt.id, isRefund: action.isRefund, predecessor: receipt.predecessor,
        receiver: receipt.receiver, actions: action.actions.map(Self.label), status: status,
        logs: run.logs, gasBurnt: run.burnt,
        tokensBurnt: UInt256(run.burnt) * action.gasPrice, blockHeight: block.height,
        created: (run.created + refunds).map(\.id)))
    statuses[receipt.id] = status
    if failure == nil {
      changes += run.effects
      events += run.logs.filter { $0.hasPrefix(TokenEvents.prefix) }.map { (receipt.receiver, $0) }
    }
    nextBlock += (run.created + refunds).map(\.receipt)
  }

  /// Passes the result to every receipt waiting on it: as data now, or, when the result is
  /// another receipt's, by making that receipt answer them.
  private func sendResults(of run: inout ReceiptRun, status: NEARReceiptOutcome.Status) {
    let receivers = run.action.outputDataReceivers
    if case .succeededWithReceipt = status, case .receipt(let index) = run.returned {
      run.created[index].action.outputDataReceivers += receivers
      return
    }
    var data: [UInt8]?
    if case .succeeded(let value) = status { data = value }
    for (dataId, receiver) in receivers {
      nextBlock.append(
        Receipt(
          id: newReceiptId(), predecessor: run.receipt.receiver, receiver: receiver,
          body: .data(dataId: dataId, data: data), depth: run.receipt.depth + 1))
    }
  }

  /// Fees prepaid for running the receipt itself: its creation, and each data receipt it waits
  /// for (their execution fee, prepaid by the contract that made the callback, burns here).
  static func prepaidFees(_ action: ActionReceipt, _ fees: FeeSchedule) -> UInt64 {
    fees.actionReceiptCreation.execution
      &+ fees.dataReceiptBase.execution &* UInt64(action.inputDataIds.count)
  }

  /// A free system receipt that gives `amount` back.
  func refund(_ amount: UInt256, to account: AccountId, depth: Int) -> NewReceipt {
    NewReceipt(
      id: newReceiptId(), predecessor: .system, receiver: account,
      action: ActionReceipt(
        signer: .system,
        signerPublicKey: PublicKey(type: .ed25519, data: Array(repeating: 0, count: 32)),
        gasPrice: .zero, actions: [.transfer(deposit: amount)], isRefund: true),
      depth: depth + 1)
  }

  /// 30% of the gas a contract burnt goes to its account, failed or not.
  private func payContractReward(_ run: ReceiptRun, receipt: Receipt, gasPrice: UInt256) {
    guard run.contractBurnt > 0 else { return }
    let reward =
      UInt256(run.contractBurnt) * UInt256(fees.burntGasRewardNumerator)
      / UInt256(max(fees.burntGasRewardDenominator, 1)) * gasPrice
    guard var account = (try? world.account(receipt.receiver)) ?? nil else { return }
    account.amount += reward
    try? world.setAccount(receipt.receiver, account)
  }

  /// An account must hold stake for the storage it uses.
  private func checkStorageStake(_ id: AccountId) throws(ActionStop) {
    let account: NEARAccount?
    do { account = try world.account(id) } catch { throw .notSimulated(error.description) }
    guard let account else { return }
    let required = UInt256(account.storageUsage) * fees.storageAmountPerByte
    if account.amount + account.locked < required {
      throw .failure(
        "LackBalanceForState: \(id) needs \(NEARAmount.text(required)) to pay for "
          + "\(account.storageUsage) bytes of storage")
    }
  }

  static func label(_ action: Action) -> String {
    if case .functionCall(let call) = action { return "FunctionCall \(call.methodName)" }
    return action.typeName
  }

  /// A deterministic stand-in for the block's randomness: the receipt id and height hashed.
  func randomSeed(_ receipt: Receipt) -> [UInt8] {
    var writer = BorshWriter()
    writer.u64(UInt64(receipt.id))
    writer.u64(block.height)
    return NEARHash.sha256(writer.bytes)
  }
}
