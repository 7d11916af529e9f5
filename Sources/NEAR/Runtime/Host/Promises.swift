import TxrayCore
import WasmKit

extension HostFunction {
  static let promises: [HostFunction] = [
    HostFunction(
      "promise_create", [.i64, .i64, .i64, .i64, .i64, .i64, .i64, .i64], [.i64]
    ) { vm, a throws(HostError) in
      let receiver = try vm.readAccountId(a[0], a[1])
      let promise = try vm.newReceipt(receiver, dependencies: [])
      try vm.addFunctionCall(
        promise, method: (a[2], a[3]), args: (a[4], a[5]), deposit: a[6], gas: a[7], weight: 0)
      return [.i64(promise)]
    },
    HostFunction(
      "promise_then", [.i64, .i64, .i64, .i64, .i64, .i64, .i64, .i64, .i64], [.i64]
    ) { vm, a throws(HostError) in
      let receiver = try vm.readAccountId(a[1], a[2])
      let promise = try vm.newReceipt(receiver, dependencies: try vm.promiseReceipts(a[0]))
      try vm.addFunctionCall(
        promise, method: (a[3], a[4]), args: (a[5], a[6]), deposit: a[7], gas: a[8], weight: 0)
      return [.i64(promise)]
    },
    // Reads `count` u64 promise indices at `pointer`; the joint promise stands for all of them.
    HostFunction("promise_and", [.i64, .i64], [.i64]) { vm, a throws(HostError) in
      try vm.refuseInView("promise_and")
      try vm.burn(vm.fees.host.promiseAndBase)
      try vm.burn(vm.fees.host.promiseAndPerPromise &* a[1])
      guard a[1] <= UInt64(vm.fees.maxPromisesPerFunctionCall) else {
        throw .failure("NumberPromisesExceeded")
      }
      let bytes = try vm.read(a[0], a[1] &* 8)
      var receipts: [Int] = []
      for start in stride(from: 0, to: bytes.count, by: 8) {
        let index = bytes[start..<start + 8].reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        receipts += try vm.promiseReceipts(index)
      }
      vm.promises.append(.joint(receipts))
      return [.i64(UInt64(vm.promises.count - 1))]
    },
    HostFunction("promise_batch_create", [.i64, .i64], [.i64]) { vm, a throws(HostError) in
      [.i64(try vm.newReceipt(try vm.readAccountId(a[0], a[1]), dependencies: []))]
    },
    HostFunction("promise_batch_then", [.i64, .i64, .i64], [.i64]) { vm, a throws(HostError) in
      let receiver = try vm.readAccountId(a[1], a[2])
      return [.i64(try vm.newReceipt(receiver, dependencies: try vm.promiseReceipts(a[0])))]
    },
    HostFunction("promise_batch_action_create_account", [.i64]) { vm, a throws(HostError) in
      try vm.addAction(a[0], .createAccount)
      return []
    },
    HostFunction("promise_batch_action_deploy_contract", [.i64, .i64, .i64]) {
      vm, a throws(HostError) in
      let code = try vm.readBuffer(a[1], a[2])
      try vm.addAction(a[0], .deployContract(ContractCode(bytes: code)))
      return []
    },
    HostFunction(
      "promise_batch_action_function_call", [.i64, .i64, .i64, .i64, .i64, .i64, .i64]
    ) { vm, a throws(HostError) in
      try vm.addFunctionCall(
        a[0], method: (a[1], a[2]), args: (a[3], a[4]), deposit: a[5], gas: a[6], weight: 0)
      return []
    },
    HostFunction(
      "promise_batch_action_function_call_weight",
      [.i64, .i64, .i64, .i64, .i64, .i64, .i64, .i64]
    ) { vm, a throws(HostError) in
      try vm.addFunctionCall(
        a[0], method: (a[1], a[2]), args: (a[3], a[4]), deposit: a[5], gas: a[6], weight: a[7])
      return []
    },
    HostFunction("promise_batch_action_transfer", [.i64, .i64]) { vm, a throws(HostError) in
      let amount = try vm.readU128(a[1])
      try vm.takeDeposit(amount)
      try vm.addAction(a[0], .transfer(deposit: amount))
      return []
    },
    HostFunction("promise_batch_action_stake", [.i64, .i64, .i64, .i64]) {
      vm, a throws(HostError) in
      let amount = try vm.readU128(a[1])
      let key = try vm.readPublicKey(a[2], a[3])
      try vm.addAction(a[0], .stake(amount: amount, publicKey: key))
      return []
    },
    HostFunction("promise_batch_action_add_key_with_full_access", [.i64, .i64, .i64, .i64]) {
      vm, a throws(HostError) in
      let key = try vm.readPublicKey(a[1], a[2])
      try vm.addAction(
        a[0], .addKey(publicKey: key, accessKey: AccessKey(nonce: a[3], permission: .fullAccess)))
      return []
    },
    // An allowance of 0 means unlimited; method names are comma-separated.
    HostFunction(
      "promise_batch_action_add_key_with_function_call",
      [.i64, .i64, .i64, .i64, .i64, .i64, .i64, .i64, .i64]
    ) { vm, a throws(HostError) in
      let key = try vm.readPublicKey(a[1], a[2])
      let allowance = try vm.readU128(a[4])
      let receiver = try vm.readAccountId(a[5], a[6])
      let names = try vm.readUTF8(a[7], a[8])
      let methods = names.split(separator: ",").map(String.init)
      let permission = AccessKeyPermission.functionCall(
        allowance: allowance.isZero ? nil : allowance, receiverId: receiver.value,
        methodNames: methods)
      try vm.addAction(
        a[0], .addKey(publicKey: key, accessKey: AccessKey(nonce: a[3], permission: permission)))
      return []
    },
    HostFunction("promise_batch_action_delete_key", [.i64, .i64, .i64]) {
      vm, a throws(HostError) in
      try vm.addAction(a[0], .deleteKey(publicKey: try vm.readPublicKey(a[1], a[2])))
      return []
    },
    HostFunction("promise_batch_action_delete_account", [.i64, .i64, .i64]) {
      vm, a throws(HostError) in
      try vm.addAction(a[0], .deleteAccount(beneficiaryId: try vm.readAccountId(a[1], a[2])))
      return []
    },
    HostFunction("promise_results_count", [], [.i64]) { vm, _ throws(HostError) in
      try vm.refuseInView("promise_results_count")
      return [.i64(UInt64(vm.context.promiseResults.count))]
    },
    // 1 and the value in the register when it succeeded, 2 when it failed.
    HostFunction("promise_result", [.i64, .i64], [.i64]) { vm, a throws(HostError) in
      try vm.refuseInView("promise_result")
      guard a[0] < UInt64(vm.context.promiseResults.count) else {
        throw .failure("InvalidPromiseResultIndex")
      }
      switch vm.context.promiseResults[Int(a[0])] {
      case .successful(let value):
        try vm.setRegister(a[1], value)
        return [.i64(1)]
      case .failed: return [.i64(2)]
      }
    },
    HostFunction("promise_return", [.i64]) { vm, a throws(HostError) in
      try vm.refuseInView("promise_return")
      try vm.burn(vm.fees.host.promiseReturn)
      guard a[0] < UInt64(vm.promises.count) else { throw .invalidPromiseIndex }
      guard case .receipt(let index) = vm.promises[Int(a[0])] else {
        throw .failure("CannotReturnJointPromise")
      }
      vm.returned = .receipt(index)
      return []
    },
  ]
}

extension VMLogic {
  /// A new receipt to `receiver`, run after `dependencies`; returns its promise index.
  func newReceipt(_ receiver: AccountId, dependencies: [Int]) throws(HostError) -> UInt64 {
    try refuseInView("promise_batch_create")
    guard receipts.count < fees.maxPromisesPerFunctionCall else {
      throw .failure("NumberPromisesExceeded")
    }
    let sir = receiver == context.currentAccount
    try payAction(
      send: fees.actionReceiptCreation.send(sir: sir),
      execution: fees.actionReceiptCreation.execution)
    // Each receipt waited on sends its result as a data receipt.
    for dependency in dependencies {
      let from = receipts[dependency].receiver
      let dataSir = from == receiver
      try payAction(
        send: fees.dataReceiptBase.send(sir: dataSir), execution: fees.dataReceiptBase.execution)
    }
    receipts.append(ReceiptRequest(receiver: receiver, dependencies: dependencies))
    promises.append(.receipt(receipts.count - 1))
    return UInt64(promises.count - 1)
  }

  func promiseReceipts(_ promise: UInt64) throws(HostError) -> [Int] {
    guard promise < UInt64(promises.count) else { throw .invalidPromiseIndex }
    return promises[Int(promise)].receiptIndices
  }

  /// Appends an action to the receipt behind `promise`, paying its send fee and prepaying its
  /// execution fee as nearcore does.
  func addAction(_ promise: UInt64, _ action: Action) throws(HostError) {
    try refuseInView("promise_batch_action")
    let index = try receiptIndex(promise)
    let fee = fees.fees(of: action)
    let sir = receipts[index].receiver == context.currentAccount
    try payAction(send: sir ? fee.sendSir : fee.sendNotSir, execution: fee.execution)
    receipts[index].actions.append(action)
  }

  func addFunctionCall(
    _ promise: UInt64, method: (UInt64, UInt64), args: (UInt64, UInt64), deposit: UInt64,
    gas: UInt64, weight: UInt64
  ) throws(HostError) {
    let name = try readUTF8(method.0, method.1)
    let arguments = try readBuffer(args.0, args.1)
    let amount = try readU128(deposit)
    try takeDeposit(amount)
    let index = try receiptIndex(promise)
    try addAction(
      promise,
      .functionCall(FunctionCall(methodName: name, args: arguments, gas: gas, deposit: amount)))
    try prepay(gas)
    if weight > 0 { receipts[index].gasWeights[receipts[index].actions.count - 1] = weight }
  }

  /// Attached NEAR leaves the contract's balance when the promise is made.
  func takeDeposit(_ amount: UInt256) throws(HostError) {
    let (left, overflow) = balance.subtractingReportingOverflow(amount)
    guard !overflow else {
      throw .failure("BalanceExceeded: cannot attach \(amount) yoctoNEAR, only \(balance) left")
    }
    balance = left
  }

  /// Hands the gas the call did not use to function calls made with a weight, in proportion;
  /// the last one takes the remainder, as nearcore does.
  func distributeUnusedGas() {
    let weighted = receipts.indices.flatMap { receipt in
      receipts[receipt].gasWeights.sorted { $0.key < $1.key }.map { (receipt, $0.key, $0.value) }
    }
    guard !weighted.isEmpty, gasUsed < prepaidGas else { return }
    let unused = prepaidGas - gasUsed
    let totalWeight = weighted.reduce(UInt64(0)) { $0 &+ $1.2 }
    var handed: UInt64 = 0
    for (position, (receipt, action, weight)) in weighted.enumerated() {
      let share =
        position == weighted.count - 1
        ? unused - handed
        : UInt64((UInt256(unused) * UInt256(weight) / UInt256(totalWeight)).uint64Value ?? 0)
      handed &+= share
      guard case .functionCall(var call) = receipts[receipt].actions[action] else { continue }
      call.gas &+= share
      receipts[receipt].actions[action] = .functionCall(call)
    }
    gasUsed = prepaidGas
  }
}
