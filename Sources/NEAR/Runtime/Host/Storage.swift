import TxrayCore
import WasmKit

extension HostFunction {
  static let storage: [HostFunction] = [
    // Returns 1 and the old value in the register when a value was replaced.
    HostFunction("storage_write", [.i64, .i64, .i64, .i64, .i64], [.i64]) {
      vm, a throws(HostError) in
      try vm.refuseInView("storage_write")
      let host = vm.fees.host
      try vm.burn(host.storageWriteBase)
      let key = try vm.storageKey(a[0], a[1])
      let value = try vm.readBuffer(a[2], a[3])
      guard UInt64(value.count) <= vm.fees.maxLengthStorageValue else {
        throw .failure("ValueLengthExceeded")
      }
      try vm.burn(host.storageWriteKeyByte &* UInt64(key.count))
      try vm.burn(host.storageWriteValueByte &* UInt64(value.count))
      try vm.burn(host.touchingTrieNode)
      let old = try vm.storageValue(key)
      vm.storageChanges[key] = .some(value)
      if let old {
        try vm.burn(host.storageWriteEvictedByte &* UInt64(old.count))
        vm.storageUsage = vm.storageUsage &- UInt64(old.count) &+ UInt64(value.count)
        try vm.setRegister(a[4], old)
        return [.i64(1)]
      }
      vm.storageUsage &+= UInt64(key.count + value.count) &+ vm.fees.storageNumExtraBytesRecord
      return [.i64(0)]
    },
    HostFunction("storage_read", [.i64, .i64, .i64], [.i64]) { vm, a throws(HostError) in
      let host = vm.fees.host
      try vm.burn(host.storageReadBase)
      let key = try vm.storageKey(a[0], a[1])
      try vm.burn(host.storageReadKeyByte &* UInt64(key.count))
      try vm.burn(host.touchingTrieNode)
      guard let value = try vm.storageValue(key) else { return [.i64(0)] }
      try vm.burn(host.storageReadValueByte &* UInt64(value.count))
      try vm.setRegister(a[2], value)
      return [.i64(1)]
    },
    HostFunction("storage_remove", [.i64, .i64, .i64], [.i64]) { vm, a throws(HostError) in
      try vm.refuseInView("storage_remove")
      let host = vm.fees.host
      try vm.burn(host.storageRemoveBase)
      let key = try vm.storageKey(a[0], a[1])
      try vm.burn(host.storageRemoveKeyByte &* UInt64(key.count))
      try vm.burn(host.touchingTrieNode)
      guard let old = try vm.storageValue(key) else { return [.i64(0)] }
      try vm.burn(host.storageRemoveRetValueByte &* UInt64(old.count))
      vm.storageChanges[key] = .some(nil)
      vm.storageUsage =
        vm.storageUsage &- (UInt64(key.count + old.count) &+ vm.fees.storageNumExtraBytesRecord)
      try vm.setRegister(a[2], old)
      return [.i64(1)]
    },
    HostFunction("storage_has_key", [.i64, .i64], [.i64]) { vm, a throws(HostError) in
      let host = vm.fees.host
      try vm.burn(host.storageHasKeyBase)
      let key = try vm.storageKey(a[0], a[1])
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
      throw .failure("KeyLengthExceeded")
    }
    return key
  }

  /// The value as this call sees it: its own writes first, then the state before the call.
  func storageValue(_ key: [UInt8]) throws(HostError) -> [UInt8]? {
    if let change = storageChanges[key] { return change }
    do { return try readStorage(key) } catch { throw .notSimulated(error.description) }
  }
}
