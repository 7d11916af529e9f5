import TxrayCore
import WasmKit

extension HostFunction {
  static let promises: [HostFunction] = [
    /// Costs promise_batch_create's and promise_batch_action_function_call's costs, base twice as
    /// nearcore charges it.
    HostFunction(
      "promise_create",
      [
        "account_id_len", "account_id_ptr", "method_name_len", "method_name_ptr", "arguments_len",
        "arguments_ptr", "amount_ptr", "gas",
      ], returns: [.i64]
    ) { vm, a throws(HostError) in
      try vm.refuseInView("promise_batch_create")
      let receiver = try vm.readAccountId(a.account_id_len, a.account_id_ptr)
      let promise = try vm.newReceipt(receiver, dependencies: [])
      try vm.burn(vm.fees.host.base)
      try vm.addFunctionCall(
        promise, methodName: (a.method_name_len, a.method_name_ptr),
        arguments: (a.arguments_len, a.arguments_ptr), amountPointer: a.amount_ptr, gas: a.gas,
        gasWeight: 0)
      return [.i64(promise)]
    },
    /// Costs promise_batch_then's and promise_batch_action_function_call's costs, base twice as
    /// nearcore charges it.
    HostFunction(
      "promise_then",
      [
        "promise_idx", "account_id_len", "account_id_ptr", "method_name_len", "method_name_ptr",
        "arguments_len", "arguments_ptr", "amount_ptr", "gas",
      ], returns: [.i64]
    ) { vm, a throws(HostError) in
      try vm.refuseInView("promise_batch_then")
      let receiver = try vm.readAccountId(a.account_id_len, a.account_id_ptr)
      let promise = try vm.newReceipt(
        receiver, dependencies: try vm.promiseReceipts(a.promise_idx))
      try vm.burn(vm.fees.host.base)
      try vm.addFunctionCall(
        promise, methodName: (a.method_name_len, a.method_name_ptr),
        arguments: (a.arguments_len, a.arguments_ptr), amountPointer: a.amount_ptr, gas: a.gas,
        gasWeight: 0)
      return [.i64(promise)]
    },
    /// Costs base + promise_and_base + 8 × count × promise_and_per_promise + reading the 8 × count
    /// bytes of u64 promise indices; the joint promise stands for all of them.
    HostFunction("promise_and", ["promise_idx_ptr", "promise_idx_count"], returns: [.i64]) {
      vm, a throws(HostError) in
      try vm.refuseInView("promise_and")
      try vm.burn(vm.fees.host.promiseAndBase)
      let (length, overflow) = try a.promise_idx_count.multipliedReportingOverflow(by: 8)
      guard !overflow else { throw .integerOverflow }
      try vm.burn(vm.fees.host.promiseAndPerPromise &* length)
      let bytes = try vm.read(a.promise_idx_ptr, length)
      var receipts: [Int] = []
      for start in stride(from: 0, to: bytes.count, by: 8) {
        let index = bytes[start..<start + 8].reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        receipts += try vm.promiseReceipts(index)
        let limit = vm.fees.maxNumberInputDataDependencies
        guard UInt64(receipts.count) <= limit else {
          throw .numberInputDataDependenciesExceeded(
            numberOfInputDataDependencies: UInt64(receipts.count), limit: limit)
        }
      }
      return [.i64(try vm.pushPromise(.joint(receipts)))]
    },
    /// Costs base + reading and decoding the account id + action_receipt_creation (send burnt,
    /// execution prepaid).
    HostFunction("promise_batch_create", ["account_id_len", "account_id_ptr"], returns: [.i64]) {
      vm, a throws(HostError) in
      try vm.refuseInView("promise_batch_create")
      let receiver = try vm.readAccountId(a.account_id_len, a.account_id_ptr)
      return [.i64(try vm.newReceipt(receiver, dependencies: []))]
    },
    /// Costs base + reading and decoding the account id + action_receipt_creation +
    /// data_receipt_creation_base per receipt waited on (send burnt, execution prepaid).
    HostFunction(
      "promise_batch_then", ["promise_idx", "account_id_len", "account_id_ptr"], returns: [.i64]
    ) { vm, a throws(HostError) in
      try vm.refuseInView("promise_batch_then")
      let receiver = try vm.readAccountId(a.account_id_len, a.account_id_ptr)
      let dependencies = try vm.promiseReceipts(a.promise_idx)
      return [.i64(try vm.newReceipt(receiver, dependencies: dependencies))]
    },
    /// Costs base + action_create_account (send burnt, execution prepaid).
    HostFunction("promise_batch_action_create_account", ["promise_idx"]) {
      vm, a throws(HostError) in
      try vm.refuseInView("promise_batch_action_create_account")
      try vm.addAction(a.promise_idx, .createAccount)
      return []
    },
    /// Costs base + reading the code + action_deploy_contract + bytes ×
    /// action_deploy_contract_per_byte (send burnt, execution prepaid).
    HostFunction("promise_batch_action_deploy_contract", ["promise_idx", "code_len", "code_ptr"]) {
      vm, a throws(HostError) in
      try vm.refuseInView("promise_batch_action_deploy_contract")
      let code = try vm.readBuffer(a.code_len, a.code_ptr)
      guard UInt64(code.count) <= vm.fees.maxContractSize else {
        throw .contractSizeExceeded(size: UInt64(code.count), limit: vm.fees.maxContractSize)
      }
      try vm.addAction(a.promise_idx, .deployContract(ContractCode(bytes: code)))
      return []
    },
    /// Costs base + reading the amount, method name and arguments + action_function_call +
    /// (name + argument bytes) × action_function_call_per_byte (send burnt, execution and the
    /// attached gas prepaid).
    HostFunction(
      "promise_batch_action_function_call",
      [
        "promise_idx", "method_name_len", "method_name_ptr", "arguments_len", "arguments_ptr",
        "amount_ptr", "gas",
      ]
    ) { vm, a throws(HostError) in
      try vm.refuseInView("promise_batch_action_function_call")
      try vm.addFunctionCall(
        a.promise_idx, methodName: (a.method_name_len, a.method_name_ptr),
        arguments: (a.arguments_len, a.arguments_ptr), amountPointer: a.amount_ptr, gas: a.gas,
        gasWeight: 0)
      return []
    },
    /// Costs as promise_batch_action_function_call; the call also gets a `gas_weight` share of
    /// the gas left unused.
    HostFunction(
      "promise_batch_action_function_call_weight",
      [
        "promise_idx", "method_name_len", "method_name_ptr", "arguments_len", "arguments_ptr",
        "amount_ptr", "gas", "gas_weight",
      ]
    ) { vm, a throws(HostError) in
      try vm.refuseInView("promise_batch_action_function_call")
      try vm.addFunctionCall(
        a.promise_idx, methodName: (a.method_name_len, a.method_name_ptr),
        arguments: (a.arguments_len, a.arguments_ptr), amountPointer: a.amount_ptr, gas: a.gas,
        gasWeight: a.gas_weight)
      return []
    },
    /// Costs base + reading the u128 amount + action_transfer (send burnt, execution prepaid).
    HostFunction("promise_batch_action_transfer", ["promise_idx", "amount_ptr"]) {
      vm, a throws(HostError) in
      try vm.refuseInView("promise_batch_action_transfer")
      let amount = try vm.readU128(a.amount_ptr)
      try vm.addAction(a.promise_idx, .transfer(deposit: amount))
      try vm.takeDeposit(amount)
      return []
    },
    /// Costs base + reading the amount and key + action_stake (send burnt, execution prepaid).
    HostFunction(
      "promise_batch_action_stake",
      ["promise_idx", "amount_ptr", "public_key_len", "public_key_ptr"]
    ) { vm, a throws(HostError) in
      try vm.refuseInView("promise_batch_action_stake")
      let amount = try vm.readU128(a.amount_ptr)
      let key = try vm.readPublicKey(a.public_key_len, a.public_key_ptr)
      try vm.addAction(a.promise_idx, .stake(amount: amount, publicKey: key))
      return []
    },
    /// Costs base + reading the key + action_add_full_access_key (send burnt, execution prepaid).
    HostFunction(
      "promise_batch_action_add_key_with_full_access",
      ["promise_idx", "public_key_len", "public_key_ptr", "nonce"]
    ) { vm, a throws(HostError) in
      try vm.refuseInView("promise_batch_action_add_key_with_full_access")
      let key = try vm.readPublicKey(a.public_key_len, a.public_key_ptr)
      let accessKey = AccessKey(nonce: try a.nonce, permission: .fullAccess)
      try vm.addAction(a.promise_idx, .addKey(publicKey: key, accessKey: accessKey))
      return []
    },
    /// Costs base + reading the key, allowance, receiver and method names +
    /// action_add_function_call_key + (each name + 1) bytes ×
    /// action_add_function_call_key_per_byte (send burnt, execution prepaid). An allowance of 0
    /// means unlimited; method names are comma-separated.
    HostFunction(
      "promise_batch_action_add_key_with_function_call",
      [
        "promise_idx", "public_key_len", "public_key_ptr", "nonce", "allowance_ptr",
        "receiver_id_len", "receiver_id_ptr", "method_names_len", "method_names_ptr",
      ]
    ) { vm, a throws(HostError) in
      try vm.refuseInView("promise_batch_action_add_key_with_function_call")
      let key = try vm.readPublicKey(a.public_key_len, a.public_key_ptr)
      let allowance = try vm.readU128(a.allowance_ptr)
      let receiver = try vm.readAccountId(a.receiver_id_len, a.receiver_id_ptr)
      let names = try vm.readBuffer(a.method_names_len, a.method_names_ptr)
      let permission = AccessKeyPermission.functionCall(
        allowance: allowance.isZero ? nil : allowance, receiverId: receiver.value,
        methodNames: try VMLogic.methodNames(names))
      let accessKey = AccessKey(nonce: try a.nonce, permission: permission)
      try vm.addAction(a.promise_idx, .addKey(publicKey: key, accessKey: accessKey))
      return []
    },
    /// Costs base + reading the key + action_delete_key (send burnt, execution prepaid).
    HostFunction(
      "promise_batch_action_delete_key", ["promise_idx", "public_key_len", "public_key_ptr"]
    ) { vm, a throws(HostError) in
      try vm.refuseInView("promise_batch_action_delete_key")
      let key = try vm.readPublicKey(a.public_key_len, a.public_key_ptr)
      try vm.addAction(a.promise_idx, .deleteKey(publicKey: key))
      return []
    },
    /// Costs base + reading and decoding the beneficiary + action_delete_account (send burnt,
    /// execution prepaid).
    HostFunction(
      "promise_batch_action_delete_account",
      ["promise_idx", "beneficiary_id_len", "beneficiary_id_ptr"]
    ) { vm, a throws(HostError) in
      try vm.refuseInView("promise_batch_action_delete_account")
      let beneficiary = try vm.readAccountId(a.beneficiary_id_len, a.beneficiary_id_ptr)
      try vm.addAction(a.promise_idx, .deleteAccount(beneficiaryId: beneficiary))
      return []
    },
    /// Costs base.
    HostFunction("promise_results_count", returns: [.i64]) { vm, _ throws(HostError) in
      try vm.refuseInView("promise_results_count")
      return [.i64(UInt64(vm.context.promiseResults.count))]
    },
    /// Costs base + write_register_base for a successful result (shared with the register, not
    /// copied). Returns 1 and the value in the register when it succeeded, 2 when it failed.
    HostFunction("promise_result", ["result_idx", "register_id"], returns: [.i64]) {
      vm, a throws(HostError) in
      try vm.refuseInView("promise_result")
      let index = try a.result_idx
      guard index < UInt64(vm.context.promiseResults.count) else {
        throw .invalidPromiseResultIndex(index)
      }
      switch vm.context.promiseResults[Int(index)] {
      case .successful(let value):
        try vm.setSharedRegister(a.register_id, value)
        return [.i64(1)]
      case .failed: return [.i64(2)]
      }
    },
    /// Costs base + promise_return, charged before the view refusal as nearcore does.
    HostFunction("promise_return", ["promise_idx"]) { vm, a throws(HostError) in
      try vm.burn(vm.fees.host.promiseReturn)
      try vm.refuseInView("promise_return")
      let promise = try a.promise_idx
      guard promise < UInt64(vm.promises.count) else { throw .invalidPromiseIndex(promise) }
      guard case .receipt(let index) = vm.promises[Int(promise)] else {
        throw .cannotReturnJointPromise
      }
      vm.returned = .receipt(index)
      return []
    },
  ]
}

extension VMLogic {
  /// A new receipt to `receiver`, run after `dependencies`; returns its promise index.
  func newReceipt(_ receiver: AccountId, dependencies: [Int]) throws(HostError) -> UInt64 {
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
    return try pushPromise(.receipt(receipts.count - 1))
  }

  /// Adds a promise and returns its index; nearcore counts it before refusing one too many.
  func pushPromise(_ promise: Promise) throws(HostError) -> UInt64 {
    promises.append(promise)
    let limit = UInt64(fees.maxPromisesPerFunctionCall)
    guard UInt64(promises.count) <= limit else {
      throw .numberPromisesExceeded(numberOfPromises: UInt64(promises.count), limit: limit)
    }
    return UInt64(promises.count - 1)
  }

  func promiseReceipts(_ promise: UInt64) throws(HostError) -> [Int] {
    guard promise < UInt64(promises.count) else { throw .invalidPromiseIndex(promise) }
    return promises[Int(promise)].receiptIndices
  }

  /// Appends an action to the receipt behind `promise`, paying its send fee and prepaying its
  /// execution fee as nearcore does.
  func addAction(_ promise: UInt64, _ action: Action) throws(HostError) {
    let index = try receiptIndex(promise)
    let fee = fees.fees(of: action)
    let sir = receipts[index].receiver == context.currentAccount
    try payAction(send: sir ? fee.sendSir : fee.sendNotSir, execution: fee.execution)
    receipts[index].actions.append(action)
  }

  /// nearcore's `promise_batch_action_function_call_weight` after its view check: the name is
  /// read as raw bytes (no UTF-8 decoding fee), the attached gas prepaid, the deposit taken.
  func addFunctionCall(
    _ promise: UInt64, methodName: (length: UInt64, pointer: UInt64),
    arguments: (length: UInt64, pointer: UInt64), amountPointer: UInt64, gas: UInt64,
    gasWeight: UInt64
  ) throws(HostError) {
    let amount = try readU128(amountPointer)
    let nameBytes = try readBuffer(methodName.length, methodName.pointer)
    guard !nameBytes.isEmpty else { throw .emptyMethodName }
    let argumentBytes = try readBuffer(arguments.length, arguments.pointer)
    let index = try receiptIndex(promise)
    guard let name = String(validating: nameBytes, as: UTF8.self) else {
      throw .invalidMethodName
    }
    try addAction(
      promise,
      .functionCall(
        FunctionCall(methodName: name, args: argumentBytes, gas: gas, deposit: amount)))
    try prepay(gas)
    try takeDeposit(amount)
    if gasWeight > 0 {
      receipts[index].gasWeights[receipts[index].actions.count - 1] = gasWeight
    }
  }

  /// nearcore's `split_method_names`: comma-separated, none of them empty, each valid UTF-8.
  static func methodNames(_ bytes: [UInt8]) throws(HostError) -> [String] {
    if bytes.isEmpty { return [] }
    var names: [String] = []
    for part in bytes.split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false) {
      guard !part.isEmpty else { throw .emptyMethodName }
      guard let name = String(validating: part, as: UTF8.self) else { throw .invalidMethodName }
      names.append(name)
    }
    return names
  }

  /// Attached NEAR leaves the contract's balance when the promise is made.
  func takeDeposit(_ amount: UInt256) throws(HostError) {
    let (left, overflow) = balance.subtractingReportingOverflow(amount)
    guard !overflow else { throw .balanceExceeded }
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
