import Testing

@testable import NEAR

/// `storage_write`, `storage_read`, `storage_has_key`, `storage_remove` called on a VMLogic, gas
/// against `parameters.snap`.
@Suite struct StorageHostTests {
  typealias H = HostHarness

  static let extraBytesPerRecord = H.snap("storage_num_extra_bytes_record")

  @Test func writeReadAndRemoveBurnNearcoresCosts() throws {
    let h = try HostHarness()
    let base = H.snap("wasm_base")
    let trieNode = H.snap("wasm_touching_trie_node")
    h.put(Array("k".utf8), at: 0)
    h.put(Array("hello".utf8), at: 10)
    h.put(Array("hi".utf8), at: 20)

    let inserted = try h.measure("storage_write", 1, 0, 5, 10, 0)
    #expect(inserted.result == 0)
    #expect(
      inserted.gas
        == base + H.snap("wasm_storage_write_base") + H.memoryRead(1) + H.memoryRead(5)
        + H.snap("wasm_storage_write_key_byte") + 5 * H.snap("wasm_storage_write_value_byte")
        + trieNode)
    #expect(h.vm.storageUsage == 1_000 + 1 + 5 + Self.extraBytesPerRecord)

    let replaced = try h.measure("storage_write", 1, 0, 2, 20, 0)
    #expect(replaced.result == 1)
    #expect(h.vm.registers[0] == Array("hello".utf8))
    #expect(
      replaced.gas
        == base + H.snap("wasm_storage_write_base") + H.memoryRead(1) + H.memoryRead(2)
        + H.snap("wasm_storage_write_key_byte") + 2 * H.snap("wasm_storage_write_value_byte")
        + trieNode + 5 * H.snap("wasm_storage_write_evicted_byte") + H.registerWrite(5))

    let read = try h.measure("storage_read", 1, 0, 1)
    #expect(read.result == 1)
    #expect(h.vm.registers[1] == Array("hi".utf8))
    #expect(
      read.gas
        == base + H.snap("wasm_storage_read_base") + H.memoryRead(1)
        + H.snap("wasm_storage_read_key_byte") + trieNode + 2
        * H.snap("wasm_storage_read_value_byte") + H.registerWrite(2))

    let has = try h.measure("storage_has_key", 1, 0)
    #expect(has.result == 1)
    #expect(
      has.gas
        == base + H.snap("wasm_storage_has_key_base") + H.memoryRead(1)
        + H.snap("wasm_storage_has_key_byte") + trieNode)

    let removed = try h.measure("storage_remove", 1, 0, 2)
    #expect(removed.result == 1)
    #expect(
      removed.gas
        == base + H.snap("wasm_storage_remove_base") + H.memoryRead(1)
        + H.snap("wasm_storage_remove_key_byte") + trieNode + 2
        * H.snap("wasm_storage_remove_ret_value_byte") + H.registerWrite(2))
    #expect(try h.call("storage_has_key", 1, 0) == 0)
    #expect(h.vm.storageUsage == 1_000)
  }

  @Test func readsSeeTheStateBeforeTheCall() throws {
    let h = try HostHarness(storage: [Array("b:alice".utf8): [7, 0, 0]])
    h.put(Array("b:alice".utf8), at: 0)
    #expect(try h.call("storage_read", 7, 0, 3) == 1)
    #expect(h.vm.registers[3] == [7, 0, 0])
    #expect(try h.call("storage_read", 6, 0, 4) == 0)
    #expect(h.vm.registers[4] == nil)
  }

  @Test func aViewCallMayNotChangeStorage() throws {
    let h = try HostHarness(isView: true)
    let write = h.error(calling: "storage_write", 1, 0, 1, 0, 0)
    #expect(write == .prohibitedInView("storage_write"))
    #expect(write?.message == "storage_write is not allowed in view calls")
    #expect(h.error(calling: "storage_remove", 1, 0, 0) == .prohibitedInView("storage_remove"))
    #expect(try h.call("storage_read", 1, 0, 0) == 0)
  }

  @Test func keysAndValuesOverTheLimitsFail() throws {
    var fees = FeeSchedule()
    fees.maxLengthStorageKey = 4
    fees.maxLengthStorageValue = 4
    let h = try HostHarness(fees: fees)
    for name in ["storage_read", "storage_remove"] {
      let key = h.error(calling: name, 5, 0, 0)
      #expect(key == .keyLengthExceeded(length: 5, limit: 4), "\(name)")
      #expect(key?.message == "The length of a storage key 5 exceeds the limit 4")
    }
    #expect(h.error(calling: "storage_has_key", 5, 0) == .keyLengthExceeded(length: 5, limit: 4))
    let value = h.error(calling: "storage_write", 4, 0, 5, 0, 0)
    #expect(value == .valueLengthExceeded(length: 5, limit: 4))
    #expect(value?.message == "The length of a storage value 5 exceeds the limit 4")
    #expect(h.vm.storageChanges.isEmpty)
  }

  @Test func aKeyFromAMissingRegisterIsAnInvalidRegister() throws {
    let h = try HostHarness()
    #expect(h.error(calling: "storage_read", .max, 5, 0) == .invalidRegisterId(5))
  }
}
