import TxrayCore

/// Executes a transaction's receipts block by block, as NEAR does: receipts made in one block
/// run in the next, in the order they were made; a receipt that waits on data runs as soon as
/// the last data it needs arrives. Failed receipts roll back their own changes only, refund
/// their deposits to the predecessor and their unused gas to the signer.
final class ReceiptEngine {
  let world: WorldState
  let limits: NEARSimulationLimits
  let runner: ContractRunner
  let deadline: ContinuousClock.Instant?
  var fees: FeeSchedule { limits.fees }

  var block = NEARBlock(height: 0, timestamp: 0)
  var nextReceiptId = 0
  var nextDataId = 0
  var nextBlock: [Receipt] = []
  /// Action receipts waiting for data, by receipt id.
  var postponed: [Int: (receipt: Receipt, action: ActionReceipt)] = [:]
  var receivedData: [Int: [UInt8]?] = [:]
  var outcomes: [NEARReceiptOutcome] = []
  var statuses: [Int: NEARReceiptOutcome.Status] = [:]
  var gasBurnt: UInt64 = 0
  var tokensBurnt = UInt256.zero
  /// NEP-297 logs of receipts that succeeded, with the contract that wrote them.
  var events: [(token: AccountId, log: String)] = []
  var changes: [NEARSimulatedEffect] = []
  var stopReason: String?

  init(state: any NEARStateSource, limits: NEARSimulationLimits) {
    self.world = WorldState(source: state)
    self.limits = limits
    self.runner = ContractRunner(fees: limits.fees)
    self.deadline = limits.timeout.map { ContinuousClock.now + $0 }
  }

  func simulate(_ decoded: DecodedTransaction) -> NEARSimulationResult {
    guard case .transaction(let tx) = decoded.body else {
      return result(
        .notSimulated(
          "not simulated: a delegate action runs inside a relayer's transaction; simulate that"))
    }
    if decoded.signatureValid == false {
      return result(.invalid("the signature was not made by \(tx.publicKey) over this transaction"))
    }
    let first: Receipt
    do {
      block = try world.source.block()
      switch try convert(tx) {
      case .success(let receipt): first = receipt
      case .failure(let rejection): return result(.invalid(rejection.reason))
      }
    } catch { return result(.notSimulated(error.description)) }

    var current = [first]
    while !current.isEmpty && stopReason == nil {
      block.height &+= 1
      block.timestamp &+= 1_000_000_000
      for receipt in current where stopReason == nil { process(receipt) }
      current = nextBlock
      nextBlock = []
    }
    if let stopReason { return result(.notSimulated(stopReason)) }
    return result(finalStatus(from: first.id))
  }

  /// The transaction's status: its first receipt's, followed through `promise_return`s.
  private func finalStatus(from id: Int) -> NEARSimulationResult.Status {
    var id = id
    var seen: Set<Int> = []
    while seen.insert(id).inserted {
      switch statuses[id] {
      case .succeeded(let value): return .succeeded(value: value)
      case .succeededWithReceipt(let next): id = next
      case .failed(let reason): return .failed(reason)
      case .notSimulated(let reason): return .notSimulated(reason)
      case nil: return .notSimulated("receipt \(id) never ran: the data it waits for never came")
      }
    }
    return .notSimulated("receipts return each other's results in a cycle")
  }

  private func process(_ receipt: Receipt) {
    if let deadline, ContinuousClock.now > deadline {
      stopReason = "not simulated: the simulation took longer than \(limits.timeout ?? .zero)"
      return
    }
    guard receipt.depth <= limits.maxDepth else {
      stopReason = "not simulated: a promise chain is deeper than \(limits.maxDepth) receipts"
      return
    }
    switch receipt.body {
    case .data(let dataId, let data):
      receivedData[dataId] = .some(data)
      let ready = postponed.filter { $0.value.action.inputDataIds.allSatisfy(isReceived) }
      for (id, waiting) in ready.sorted(by: { $0.key < $1.key }) where stopReason == nil {
        postponed[id] = nil
        execute(waiting.receipt, waiting.action)
      }
    case .action(let action):
      if action.inputDataIds.allSatisfy(isReceived) {
        execute(receipt, action)
      } else {
        postponed[receipt.id] = (receipt, action)
      }
    }
  }

  private func isReceived(_ dataId: Int) -> Bool { receivedData[dataId] != nil }

  func newReceiptId() -> Int {
    defer { nextReceiptId += 1 }
    return nextReceiptId
  }

  func newDataId() -> Int {
    defer { nextDataId += 1 }
    return nextDataId
  }

  private func result(_ status: NEARSimulationResult.Status) -> NEARSimulationResult {
    var effects = changes
    effects += events.flatMap { TokenEvents.effects(token: $0.token, log: $0.log) }
    var tokens: [AccountId: NEARTokenMetadata] = [:]
    if stopReason == nil {
      tokens = TokenMetadataReader(world: world, runner: runner, block: block).metadata(
        for: effects)
    }
    effects += accountChanges()
    return NEARSimulationResult(
      status: status, gasBurnt: gasBurnt, tokensBurnt: tokensBurnt, gasPrice: block.gasPrice,
      receipts: outcomes, effects: effects, tokens: tokens)
  }

  /// NEAR balance and storage changes of every account the simulation touched.
  private func accountChanges() -> [NEARSimulatedEffect] {
    var balances: [NEARSimulatedEffect] = []
    var storage: [NEARSimulatedEffect] = []
    for id in world.touchOrder {
      let before = world.initialAccount(id)
      let after = (try? world.account(id)) ?? nil
      let beforeAmount = before?.amount ?? .zero
      let afterAmount = after?.amount ?? .zero
      if beforeAmount != afterAmount {
        balances.append(.balanceChange(account: id, before: beforeAmount, after: afterAmount))
      }
      if let before, let after, before.storageUsage != after.storageUsage {
        storage.append(
          .storageChange(
            account: id, beforeBytes: before.storageUsage, afterBytes: after.storageUsage))
      }
    }
    return balances + storage
  }
}
