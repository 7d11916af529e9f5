import TxrayCore

// SLOAD, SSTORE (EIP-2200 net metering with EIP-2929 access and EIP-3529 refunds), TLOAD and
// TSTORE (EIP-1153).

extension Interpreter {
  /// SLOAD: 2100 gas for a cold slot, 100 for a warm one.
  func sload(_ f: inout Frame) throws(ExecutionAbort) -> FrameExit? {
    let key = f.stack.peek()
    let address = f.message.address
    let cost = world.warm(address, slot: key) ? GasSchedule.warmAccess : GasSchedule.coldSload
    guard f.charge(cost) else { return .halt(.outOfGas) }
    let value = try stateRead { () throws(StateError) in
      try world.storage(world.account(address), key).current
    }
    f.stack.set(0, value)
    return nil
  }

  /// SSTORE: priced by the slot's original (start of transaction) and current values.
  func sstore(_ f: inout Frame) throws(ExecutionAbort) -> FrameExit? {
    let key = f.stack.pop()
    let newValue = f.stack.pop()
    // EIP-2200: SSTORE needs more than the call stipend left, so a stipend-only call can't write.
    guard f.gas > GasSchedule.callStipend else { return .halt(.outOfGas) }
    let address = f.message.address
    let account = try self.account(address)
    let slot = try stateRead { () throws(StateError) in try world.storage(account, key) }
    var cost: Int64 = 0
    if !world.warm(address, slot: key) { cost += GasSchedule.coldSload }
    let (original, current) = (slot.original, slot.current)
    if original == current && current != newValue {
      cost +=
        original.isZero
        ? GasSchedule.storageSet : GasSchedule.storageUpdate - GasSchedule.coldSload
    } else {
      cost += GasSchedule.warmAccess
    }
    if current != newValue {
      let clearRefund = rules.storageClearRefund
      if !original.isZero && !current.isZero && newValue.isZero { world.addRefund(clearRefund) }
      if !original.isZero && current.isZero { world.addRefund(-clearRefund) }
      if original == newValue {
        world.addRefund(
          original.isZero
            ? GasSchedule.storageSet - GasSchedule.warmAccess
            : GasSchedule.storageUpdate - GasSchedule.coldSload - GasSchedule.warmAccess)
      }
    }
    guard f.charge(cost) else { return .halt(.outOfGas) }
    guard !f.message.isStatic else { return .halt(.staticStateChange) }
    try stateRead { () throws(StateError) in try world.setStorage(account, key, newValue) }
    return nil
  }

  @inline(__always)
  func tload(_ f: inout Frame) {
    f.stack.set(0, world.transientValue(f.message.address, f.stack.peek()))
  }

  func tstore(_ f: inout Frame) -> FrameExit? {
    guard !f.message.isStatic else { return .halt(.staticStateChange) }
    let key = f.stack.pop()
    let value = f.stack.pop()
    world.setTransient(f.message.address, key, value)
    return nil
  }
}
