import Testing
import TxrayCore

@testable import NEAR

/// The promise family called on a VMLogic: receipts and actions burn their send fees and prepay
/// their execution fees from `parameters.snap`, and misuse fails with nearcore's errors.
@Suite struct PromisesHostTests {
  typealias H = HostHarness

  /// A u128 amount as contracts pass it: 16 little-endian bytes.
  static func u128(_ value: UInt64) -> [UInt8] {
    (0..<8).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) } + Array(repeating: 0, count: 8)
  }

  /// Reading and decoding an account id of `bytes` bytes from memory.
  static func accountIdRead(_ bytes: UInt64) -> UInt64 {
    H.memoryRead(bytes) + H.snap("wasm_utf8_decoding_base") + bytes
      * H.snap("wasm_utf8_decoding_byte")
  }

  /// A harness with "bob.near" at 0, "ft_transfer" at 16, `{}` at 32 and 2 yoctoNEAR at 48.
  static func harness(fees: FeeSchedule = FeeSchedule(), isView: Bool = false) throws
    -> HostHarness
  {
    let h = try HostHarness(fees: fees, isView: isView)
    h.put(Array("bob.near".utf8), at: 0)
    h.put(Array("ft_transfer".utf8), at: 16)
    h.put(Array("{}".utf8), at: 32)
    h.put(u128(2), at: 48)
    return h
  }

  @Test func aBatchWithATransferPaysReceiptAndActionFees() throws {
    let h = try Self.harness()
    let base = H.snap("wasm_base")
    let receipt = H.fee("action_receipt_creation")
    let transfer = H.fee("action_transfer")

    let created = try h.measure("promise_batch_create", 8, 0)
    #expect(created.result == 0)
    #expect(created.gas == base + Self.accountIdRead(8) + receipt.sendNotSir)
    #expect(h.vm.gasUsed == h.vm.gasBurnt + receipt.execution)

    let used = h.vm.gasUsed
    let sent = try h.measure("promise_batch_action_transfer", 0, 48)
    #expect(sent.gas == base + H.memoryRead(16) + transfer.sendNotSir)
    #expect(h.vm.gasUsed - used == sent.gas + transfer.execution)
    #expect(h.vm.balance == H.balance - UInt256(2))
    #expect(h.vm.receipts.first?.actions == [.transfer(deposit: UInt256(2))])
  }

  @Test func promiseCreatePaysBaseTwiceAndPrepaysTheAttachedGas() throws {
    let h = try Self.harness()
    let receipt = H.fee("action_receipt_creation")
    let call = H.fee("action_function_call")
    let perByte = H.fee("action_function_call_per_byte")
    let attached = 5 * SimulationFixtures.tgas

    let created = try h.measure("promise_create", 8, 0, 11, 16, 2, 32, 48, attached)
    #expect(created.result == 0)
    #expect(
      created.gas
        == 2 * H.snap("wasm_base") + Self.accountIdRead(8) + receipt.sendNotSir + H.memoryRead(16)
        + H.memoryRead(11) + H.memoryRead(2) + call.sendNotSir + 13 * perByte.sendNotSir)
    #expect(
      h.vm.gasUsed
        == h.vm.gasBurnt + receipt.execution + call.execution + 13 * perByte.execution + attached)
    let action = FunctionCall(
      methodName: "ft_transfer", args: Array("{}".utf8), gas: attached, deposit: UInt256(2))
    #expect(h.vm.receipts.first?.actions == [.functionCall(action)])
  }

  @Test func aThenWaitingOnAReceiptPaysItsDataReceipt() throws {
    let h = try Self.harness()
    try h.call("promise_batch_create", 8, 0)
    let then = try h.measure("promise_batch_then", 0, 8, 0)
    #expect(then.result == 1)
    // The data receipt goes from bob.near to bob.near: sender is receiver.
    #expect(
      then.gas
        == H.snap("wasm_base") + Self.accountIdRead(8) + H.fee("action_receipt_creation").sendNotSir
        + H.fee("data_receipt_creation_base").sendSir)
    #expect(h.vm.receipts.last?.dependencies == [0])
  }

  @Test func jointPromisesCostPerByteOfIndicesAndCannotTakeActions() throws {
    let h = try Self.harness()
    try h.call("promise_batch_create", 8, 0)
    h.put([UInt8](repeating: 0, count: 16), at: 64)
    let joint = try h.measure("promise_and", 64, 2)
    #expect(joint.result == 1)
    #expect(
      joint.gas
        == H.snap("wasm_base") + H.snap("wasm_promise_and_base") + 16
        * H.snap("wasm_promise_and_per_promise") + H.memoryRead(16))

    let append = h.error(calling: "promise_batch_action_create_account", 1)
    #expect(append == .cannotAppendActionToJointPromise)
    #expect(append?.message == "Actions can only be appended to non-joint promise.")
    let returned = h.error(calling: "promise_return", 1)
    #expect(returned == .cannotReturnJointPromise)
    #expect(returned?.message == "Returning joint promise is currently prohibited.")

    let plain = try h.measure("promise_return", 0)
    #expect(plain.gas == H.snap("wasm_base") + H.snap("wasm_promise_return"))
    #expect(h.vm.returned == .receipt(0))
  }

  @Test func misuseFailsWithNearcoresErrors() throws {
    let h = try Self.harness()
    let unknown = h.error(calling: "promise_batch_action_transfer", 9, 48)
    #expect(unknown == .invalidPromiseIndex(9))
    #expect(unknown?.message == "9 does not correspond to existing promises")

    h.put(Array("Bob!".utf8), at: 100)
    let account = h.error(calling: "promise_batch_create", 4, 100)
    #expect(account == .invalidAccountId)
    #expect(account?.message == "VM Logic returned an invalid account id")

    try h.call("promise_batch_create", 8, 0)
    let key = h.error(calling: "promise_batch_action_delete_key", 0, 3, 100)
    #expect(key == .invalidPublicKey)
    #expect(key?.message == "VM Logic provided an invalid public key")

    let empty = h.error(calling: "promise_batch_action_function_call", 0, 0, 16, 2, 32, 48, 0)
    #expect(empty == .emptyMethodName)
    #expect(empty?.message == "Tried to call an empty method name.")

    // 33 zero bytes at 200 are an ed25519 key; the method names hold an empty one.
    h.put(Array("a,,b".utf8), at: 120)
    let names = h.error(
      calling: "promise_batch_action_add_key_with_function_call", 0, 33, 200, 0, 48, 8, 0, 4, 120)
    #expect(names == .emptyMethodName)

    h.put(Array(repeating: 0xFF, count: 16), at: 140)
    let balance = h.error(calling: "promise_batch_action_transfer", 0, 140)
    #expect(balance == .balanceExceeded)
    #expect(balance?.message == "Exceeded the account balance.")
  }

  @Test func functionCallKeysSplitMethodNamesAsNearcore() throws {
    #expect(try VMLogic.methodNames(Array("a,b".utf8)) == ["a", "b"])
    #expect(try VMLogic.methodNames([]) == [])
    #expect(throws: HostError.emptyMethodName) { try VMLogic.methodNames(Array("a,,b".utf8)) }
    #expect(throws: HostError.emptyMethodName) { try VMLogic.methodNames(Array("a,".utf8)) }
    #expect(throws: HostError.invalidMethodName) { try VMLogic.methodNames([0xFF]) }
  }

  @Test func promiseResultsAreReadOnlyWithinRange() throws {
    let h = try HostHarness(promiseResults: [.successful([1, 2]), .failed])
    let first = try h.measure("promise_result", 0, 5)
    #expect(first.result == 1)
    #expect(first.gas == H.snap("wasm_base") + H.snap("wasm_write_register_base"))
    #expect(h.vm.registers[5] == [1, 2])
    #expect(try h.call("promise_result", 1, 6) == 2)
    #expect(try h.call("promise_results_count") == 2)
    let outside = h.error(calling: "promise_result", 3, 0)
    #expect(outside == .invalidPromiseResultIndex(3))
    #expect(outside?.message == "Accessed invalid promise result index: 3")
  }

  @Test func aViewCallMayNotMakePromises() throws {
    let h = try Self.harness(isView: true)
    let create = h.error(calling: "promise_create", 8, 0, 11, 16, 2, 32, 48, 0)
    #expect(create == .prohibitedInView("promise_batch_create"))
    #expect(create?.message == "promise_batch_create is not allowed in view calls")
    #expect(h.error(calling: "promise_and", 0, 0) == .prohibitedInView("promise_and"))
    #expect(h.vm.receipts.isEmpty)
  }

  @Test func aContractOverTheSizeLimitIsRefused() throws {
    var fees = FeeSchedule()
    fees.maxContractSize = 8
    let h = try Self.harness(fees: fees)
    try h.call("promise_batch_create", 8, 0)
    let deploy = try h.measure("promise_batch_action_deploy_contract", 0, 8, 100)
    let perByte = H.fee("action_deploy_contract_per_byte")
    #expect(
      deploy.gas
        == H.snap("wasm_base") + H.memoryRead(8) + H.fee("action_deploy_contract").sendNotSir + 8
        * perByte.sendNotSir)
    let tooBig = h.error(calling: "promise_batch_action_deploy_contract", 0, 9, 100)
    #expect(tooBig == .contractSizeExceeded(size: 9, limit: 8))
    #expect(
      tooBig?.message
        == "The size of a contract code in DeployContract action 9 exceeds the limit 8")
  }

  @Test func promisesPastTheLimitFail() throws {
    var fees = FeeSchedule()
    fees.maxPromisesPerFunctionCall = 1
    let h = try Self.harness(fees: fees)
    try h.call("promise_batch_create", 8, 0)
    let second = h.error(calling: "promise_batch_create", 8, 0)
    #expect(second == .numberPromisesExceeded(numberOfPromises: 2, limit: 1))
    #expect(second?.message == "The number of promises within a FunctionCall 2 exceeds the limit 1")
  }
}
