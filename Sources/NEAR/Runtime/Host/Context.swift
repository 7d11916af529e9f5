import TxrayCore
import WasmKit

extension HostFunction {
  static let context: [HostFunction] = [
    /// Costs base + write_register_base + bytes × write_register_byte.
    HostFunction("current_account_id", ["register_id"]) { vm, a throws(HostError) in
      try vm.setRegister(a.register_id, Array(vm.context.currentAccount.value.utf8))
      return []
    },
    /// Costs base + write_register_base + bytes × write_register_byte.
    HostFunction("signer_account_id", ["register_id"]) { vm, a throws(HostError) in
      try vm.refuseInView("signer_account_id")
      try vm.setRegister(a.register_id, Array(vm.context.signer.value.utf8))
      return []
    },
    /// Costs base + write_register_base + bytes × write_register_byte. Borsh: the key type byte,
    /// then the key.
    HostFunction("signer_account_pk", ["register_id"]) { vm, a throws(HostError) in
      try vm.refuseInView("signer_account_pk")
      let key = vm.context.signerPublicKey
      try vm.setRegister(a.register_id, [key.type.rawValue] + key.data)
      return []
    },
    /// Costs base + write_register_base + bytes × write_register_byte.
    HostFunction("predecessor_account_id", ["register_id"]) { vm, a throws(HostError) in
      try vm.refuseInView("predecessor_account_id")
      try vm.setRegister(a.register_id, Array(vm.context.predecessor.value.utf8))
      return []
    },
    /// Costs base + write_register_base (the input is shared with the register, not copied).
    HostFunction("input", ["register_id"]) { vm, a throws(HostError) in
      try vm.setSharedRegister(a.register_id, vm.context.input)
      return []
    },
    /// Costs base.
    HostFunction("block_index", returns: [.i64]) { vm, _ throws(HostError) in
      [.i64(vm.context.block.height)]
    },
    /// Costs base.
    HostFunction("block_timestamp", returns: [.i64]) { vm, _ throws(HostError) in
      [.i64(vm.context.block.timestamp)]
    },
    /// Costs base.
    HostFunction("epoch_height", returns: [.i64]) { vm, _ throws(HostError) in
      [.i64(vm.context.block.epochHeight)]
    },
    /// Costs base.
    HostFunction("storage_usage", returns: [.i64]) { vm, _ throws(HostError) in
      [.i64(vm.storageUsage)]
    },
  ]
}
