import TxrayCore
import WasmKit

extension HostFunction {
  static let context: [HostFunction] = [
    HostFunction("current_account_id", [.i64]) { vm, a throws(HostError) in
      try vm.setRegister(a[0], Array(vm.context.currentAccount.value.utf8))
      return []
    },
    HostFunction("signer_account_id", [.i64]) { vm, a throws(HostError) in
      try vm.refuseInView("signer_account_id")
      try vm.setRegister(a[0], Array(vm.context.signer.value.utf8))
      return []
    },
    // Borsh: the key type byte, then the key.
    HostFunction("signer_account_pk", [.i64]) { vm, a throws(HostError) in
      try vm.refuseInView("signer_account_pk")
      let key = vm.context.signerPublicKey
      try vm.setRegister(a[0], [key.type.rawValue] + key.data)
      return []
    },
    HostFunction("predecessor_account_id", [.i64]) { vm, a throws(HostError) in
      try vm.refuseInView("predecessor_account_id")
      try vm.setRegister(a[0], Array(vm.context.predecessor.value.utf8))
      return []
    },
    HostFunction("input", [.i64]) { vm, a throws(HostError) in
      try vm.setRegister(a[0], vm.context.input)
      return []
    },
    HostFunction("block_index", [], [.i64]) { vm, _ throws(HostError) in
      [.i64(vm.context.block.height)]
    },
    HostFunction("block_timestamp", [], [.i64]) { vm, _ throws(HostError) in
      [.i64(vm.context.block.timestamp)]
    },
    HostFunction("epoch_height", [], [.i64]) { vm, _ throws(HostError) in
      [.i64(vm.context.block.epochHeight)]
    },
    HostFunction("storage_usage", [], [.i64]) { vm, _ throws(HostError) in
      [.i64(vm.storageUsage)]
    },
  ]
}
