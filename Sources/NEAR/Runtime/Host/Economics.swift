import TxrayCore
import WasmKit

extension HostFunction {
  static let economics: [HostFunction] = [
    HostFunction("account_balance", [.i64]) { vm, a throws(HostError) in
      try vm.writeU128(a[0], vm.balance)
      return []
    },
    HostFunction("account_locked_balance", [.i64]) { vm, a throws(HostError) in
      try vm.writeU128(a[0], vm.context.lockedBalance)
      return []
    },
    HostFunction("attached_deposit", [.i64]) { vm, a throws(HostError) in
      try vm.refuseInView("attached_deposit")
      try vm.writeU128(a[0], vm.context.attachedDeposit)
      return []
    },
    HostFunction("prepaid_gas", [], [.i64]) { vm, _ throws(HostError) in
      try vm.refuseInView("prepaid_gas")
      return [.i64(vm.prepaidGas)]
    },
    HostFunction("used_gas", [], [.i64]) { vm, _ throws(HostError) in
      try vm.refuseInView("used_gas")
      return [.i64(vm.gasUsed)]
    },
  ]
}
