import TxrayCore
import WasmKit

extension HostFunction {
  static let economics: [HostFunction] = [
    /// Costs base + write_memory_base + 16 × write_memory_byte.
    HostFunction("account_balance", ["balance_ptr"]) { vm, a throws(HostError) in
      try vm.writeU128(a.balance_ptr, vm.balance)
      return []
    },
    /// Costs base + write_memory_base + 16 × write_memory_byte.
    HostFunction("account_locked_balance", ["balance_ptr"]) { vm, a throws(HostError) in
      try vm.writeU128(a.balance_ptr, vm.context.lockedBalance)
      return []
    },
    /// Costs base + write_memory_base + 16 × write_memory_byte.
    HostFunction("attached_deposit", ["balance_ptr"]) { vm, a throws(HostError) in
      try vm.refuseInView("attached_deposit")
      try vm.writeU128(a.balance_ptr, vm.context.attachedDeposit)
      return []
    },
    /// Costs base.
    HostFunction("prepaid_gas", returns: [.i64]) { vm, _ throws(HostError) in
      try vm.refuseInView("prepaid_gas")
      return [.i64(vm.prepaidGas)]
    },
    /// Costs base.
    HostFunction("used_gas", returns: [.i64]) { vm, _ throws(HostError) in
      try vm.refuseInView("used_gas")
      return [.i64(vm.gasUsed)]
    },
  ]
}
