import TxrayCore
import WasmKit

extension HostFunction {
  static let storage: [HostFunction] = [
    /// Costs base + storage_write_base + reading key and value + key bytes ×
    /// storage_write_key_byte + value bytes × storage_write_value_byte + touching_trie_node, and
    /// when a value is replaced, old bytes × storage_write_evicted_byte + writing it to the
    /// register. Returns 1 and the old value in the register when a value was replaced.
    HostFunction(
      "storage_write", ["key_len", "key_ptr", "value_len", "value_ptr", "register_id"],
      returns: [.i64]
    ) { vm, a throws(HostError) in
      try vm.refuseInView("storage_write")
      let host = vm.fees.host
      try vm.burn(host.storageWriteBase)
      let key = try vm.storageKey(a.key_len, a.key_ptr)
      let value = try vm.readBuffer(a.value_len, a.value_ptr)
      guard UInt64(value.count) <= vm.fees.maxLengthStorageValue else {
        throw .valueLengthExceeded(
          length: UInt64(value.count), limit: vm.fees.maxLengthStorageValue)
      }
      try vm.burn(host.storageWriteKeyByte &* UInt64(key.count))
      try vm.burn(host.storageWriteValueByte &* UInt64(value.count))
      try vm.burn(host.touchingTrieNode)
      let old = try vm.storageValue(key)
      vm.storageChanges[key] = .some(value)
      if let old {
        try vm.burn(host.storageWriteEvictedByte &* UInt64(old.count))
        vm.storageUsage = vm.storageUsage &- UInt64(old.count) &+ UInt64(value.count)
        try vm.setRegister(a.register_id, old)
        return [.i64(1)]
      }
      vm.storageUsage &+= UInt64(key.count + value.count) &+ vm.fees.storageNumExtraBytesRecord
      return [.i64(0)]
    },
    /// Costs base + storage_read_base + reading the key + key bytes × storage_read_key_byte +
    /// touching_trie_node, and when found, value bytes × storage_read_value_byte + writing it to
    /// the register.
    HostFunction("storage_read", ["key_len", "key_ptr", "register_id"], returns: [.i64]) {
      vm, a throws(HostError) in
      let host = vm.fees.host
      try vm.burn(host.storageReadBase)
      let key = try vm.storageKey(a.key_len, a.key_ptr)
      try vm.burn(host.storageReadKeyByte &* UInt64(key.count))
      try vm.burn(host.touchingTrieNode)
      guard let value = try vm.storageValue(key) else { return [.i64(0)] }
      try vm.burn(host.storageReadValueByte &* UInt64(value.count))
      try vm.setRegister(a.register_id, value)
      return [.i64(1)]
    },
    /// Costs base + storage_remove_base + reading the key + key bytes × storage_remove_key_byte
    /// + touching_trie_node, and when found, value bytes × storage_remove_ret_value_byte +
    /// writing it to the register.
    HostFunction("storage_remove", ["key_len", "key_ptr", "register_id"], returns: [.i64]) {
      vm, a throws(HostError) in
      try vm.refuseInView("storage_remove")
      let host = vm.fees.host
      try vm.burn(host.storageRemoveBase)
      let key = try vm.storageKey(a.key_len, a.key_ptr)
      try vm.burn(host.storageRemoveKeyByte &* UInt64(key.count))
      try vm.burn(host.touchingTrieNode)
      guard let old = try vm.storageValue(key) else { return [.i64(0)] }
      try vm.burn(host.storageRemoveRetValueByte &* UInt64(old.count))
      vm.storageChanges[key] = .some(nil)
      vm.storageUsage =
        vm.storageUsage &- (UInt64(key.count + old.count) &+ vm.fees.storageNumExtraBytesRecord)
      try vm.setRegister(a.register_id, old)
      return [.i64(1)]
    },
    /// Costs base + storage_has_key_base + reading the key + key bytes × storage_has_key_byte +
    /// touching_trie_node.
    HostFunction("storage_has_key", ["key_len", "key_ptr"], returns: [.i64]) {
      vm, a throws(HostError) in
      let host = vm.fees.host
      try vm.burn(host.storageHasKeyBase)
      let key = try vm.storageKey(a.key_len, a.key_ptr)
      try vm.burn(host.storageHasKeyByte &* UInt64(key.count))
      try vm.burn(host.touchingTrieNode)
      return [.i64(try vm.storageValue(key) == nil ? 0 : 1)]
    },
  ]
}

extension VMLogic {
  func storageKey(_ length: UInt64, _ pointer: UInt64) throws(HostError) -> [UInt8] {
    let key = try readBuffer(length, pointer)
    guard UInt64(key.count) <= fees.maxLengthStorageKey else {
      throw .keyLengthExceeded(length: UInt64(key.count), limit: fees.maxLengthStorageKey)
    }
    return key
  }

  /// The value as this call sees it: its own writes first, then the state before the call.
  func storageValue(_ key: [UInt8]) throws(HostError) -> [UInt8]? {
    if let change = storageChanges[key] { return change }
    do { return try readStorage(key) } catch { throw .notSimulated(error.description) }
  }
}
