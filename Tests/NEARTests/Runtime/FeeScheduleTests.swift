import Foundation
import Testing

@testable import NEAR

/// txray's gas prices against nearcore's own `parameters.snap` (Fixtures/parameters.snap, the
/// file nearcore's config store test writes): every host function's base and per-byte cost and
/// every action fee txray charges, read by name from the file, not copied by hand.
@Suite struct FeeScheduleTests {
  static let parameters: [String: [UInt64]] = {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent()
      .appendingPathComponent("Fixtures/parameters.snap")
    return NEARParameters.parse((try? String(contentsOf: url, encoding: .utf8)) ?? "")
  }()

  /// The gas of `name`: its one value, or `[send_sir, send_not_sir, execution]` of a fee.
  static func gas(_ name: String) -> [UInt64] { parameters[name] ?? [] }

  @Test func hostFunctionCostsAreNearcores() {
    let host = FeeSchedule().host
    let pinned: [(String, UInt64)] = [
      ("wasm_regular_op_cost", host.regularOp), ("wasm_base", host.base),
      ("wasm_contract_loading_base", host.contractLoadingBase),
      ("wasm_contract_loading_bytes", host.contractLoadingByte),
      // Registers and memory.
      ("wasm_read_memory_base", host.readMemoryBase),
      ("wasm_read_memory_byte", host.readMemoryByte),
      ("wasm_write_memory_base", host.writeMemoryBase),
      ("wasm_write_memory_byte", host.writeMemoryByte),
      ("wasm_read_register_base", host.readRegisterBase),
      ("wasm_read_register_byte", host.readRegisterByte),
      ("wasm_write_register_base", host.writeRegisterBase),
      ("wasm_write_register_byte", host.writeRegisterByte),
      // Logs and text.
      ("wasm_utf8_decoding_base", host.utf8DecodingBase),
      ("wasm_utf8_decoding_byte", host.utf8DecodingByte),
      ("wasm_utf16_decoding_base", host.utf16DecodingBase),
      ("wasm_utf16_decoding_byte", host.utf16DecodingByte),
      ("wasm_log_base", host.logBase), ("wasm_log_byte", host.logByte),
      // Math.
      ("wasm_sha256_base", host.sha256Base), ("wasm_sha256_byte", host.sha256Byte),
      ("wasm_keccak256_base", host.keccak256Base), ("wasm_keccak256_byte", host.keccak256Byte),
      ("wasm_keccak512_base", host.keccak512Base), ("wasm_keccak512_byte", host.keccak512Byte),
      ("wasm_ripemd160_base", host.ripemd160Base), ("wasm_ripemd160_block", host.ripemd160Block),
      ("wasm_ecrecover_base", host.ecrecoverBase),
      ("wasm_ed25519_verify_base", host.ed25519VerifyBase),
      ("wasm_ed25519_verify_byte", host.ed25519VerifyByte),
      // Storage.
      ("wasm_storage_write_base", host.storageWriteBase),
      ("wasm_storage_write_key_byte", host.storageWriteKeyByte),
      ("wasm_storage_write_value_byte", host.storageWriteValueByte),
      ("wasm_storage_write_evicted_byte", host.storageWriteEvictedByte),
      ("wasm_storage_read_base", host.storageReadBase),
      ("wasm_storage_read_key_byte", host.storageReadKeyByte),
      ("wasm_storage_read_value_byte", host.storageReadValueByte),
      ("wasm_storage_remove_base", host.storageRemoveBase),
      ("wasm_storage_remove_key_byte", host.storageRemoveKeyByte),
      ("wasm_storage_remove_ret_value_byte", host.storageRemoveRetValueByte),
      ("wasm_storage_has_key_base", host.storageHasKeyBase),
      ("wasm_storage_has_key_byte", host.storageHasKeyByte),
      ("wasm_touching_trie_node", host.touchingTrieNode),
      // Promises.
      ("wasm_promise_and_base", host.promiseAndBase),
      ("wasm_promise_and_per_promise", host.promiseAndPerPromise),
      ("wasm_promise_return", host.promiseReturn),
      // Validators.
      ("wasm_validator_stake_base", host.validatorStakeBase),
      ("wasm_validator_total_stake_base", host.validatorTotalStakeBase),
    ]
    for (name, cost) in pinned {
      #expect(Self.gas(name) == [cost], "\(name)")
    }
  }

  @Test func actionFeesAreNearcores() {
    let fees = FeeSchedule()
    let pinned: [(String, FeeSchedule.Fee)] = [
      ("action_receipt_creation", fees.actionReceiptCreation),
      ("data_receipt_creation_base", fees.dataReceiptBase),
      ("data_receipt_creation_per_byte", fees.dataReceiptPerByte),
      ("action_create_account", fees.createAccount),
      ("action_delete_account", fees.deleteAccount),
      ("action_deploy_contract", fees.deployContract),
      ("action_deploy_contract_per_byte", fees.deployContractPerByte),
      ("action_function_call", fees.functionCall),
      ("action_function_call_per_byte", fees.functionCallPerByte),
      ("action_transfer", fees.transfer), ("action_stake", fees.stake),
      ("action_add_full_access_key", fees.addFullAccessKey),
      ("action_add_function_call_key", fees.addFunctionCallKey),
      ("action_add_function_call_key_per_byte", fees.addFunctionCallKeyPerByte),
      ("action_delete_key", fees.deleteKey), ("action_delegate", fees.delegate),
    ]
    for (name, fee) in pinned {
      #expect(Self.gas(name) == [fee.sendSir, fee.sendNotSir, fee.execution], "\(name)")
    }
  }

  @Test func limitsAreNearcores() {
    let fees = FeeSchedule()
    let pinned: [(String, UInt64)] = [
      ("max_gas_burnt", fees.maxGasBurnt), ("max_total_prepaid_gas", fees.maxTotalPrepaidGas),
      ("max_register_size", fees.maxRegisterSize),
      ("max_number_registers", UInt64(fees.maxNumberRegisters)),
      ("registers_memory_limit", fees.registersMemoryLimit),
      ("max_number_logs", UInt64(fees.maxNumberLogs)),
      ("max_total_log_length", fees.maxTotalLogLength),
      ("max_length_storage_key", fees.maxLengthStorageKey),
      ("max_length_storage_value", fees.maxLengthStorageValue),
      ("max_length_returned_data", fees.maxLengthReturnedData),
      ("max_promises_per_function_call_action", UInt64(fees.maxPromisesPerFunctionCall)),
      ("max_number_input_data_dependencies", fees.maxNumberInputDataDependencies),
      ("max_contract_size", fees.maxContractSize),
      ("max_memory_pages", fees.maxMemoryPages),
      ("storage_num_bytes_account", fees.storageNumBytesAccount),
      ("storage_num_extra_bytes_record", fees.storageNumExtraBytesRecord),
    ]
    for (name, limit) in pinned {
      #expect(Self.gas(name) == [limit], "\(name)")
    }
  }
}

/// Reads `parameters.snap`: `name   1_234` (a compute cost after a comma is ignored) and fees as
/// a name line followed by `- send_sir:`, `- send_not_sir:` and `- execution:` lines.
enum NEARParameters {
  static func parse(_ text: String) -> [String: [UInt64]] {
    var values: [String: [UInt64]] = [:]
    var current: String?
    for line in text.split(separator: "\n") where !line.hasPrefix("#") {
      if line.hasPrefix("- "), let current, let number = number(line.split(separator: ":").last) {
        values[current, default: []].append(number)
        continue
      }
      let words = line.split(separator: " ", omittingEmptySubsequences: true)
      guard let name = words.first else { continue }
      current = String(name)
      if words.count > 1, let number = number(words[1].split(separator: ",").first) {
        values[String(name)] = [number]
      }
    }
    return values
  }

  private static func number(_ text: Substring?) -> UInt64? {
    text.flatMap { UInt64($0.filter { $0 != "_" && $0 != " " }) }
  }
}
