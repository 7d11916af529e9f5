import WasmKit

extension HostFunction {
  static let registers: [HostFunction] = [
    /// Costs base + read_register_base + bytes × read_register_byte + write_memory_base + bytes ×
    /// write_memory_byte.
    HostFunction("read_register", ["register_id", "ptr"]) { vm, a throws(HostError) in
      let data = try vm.readRegister(a.register_id)
      try vm.write(a.ptr, data)
      return []
    },
    /// Costs base. u64::MAX marks a register that was never written.
    HostFunction("register_len", ["register_id"], returns: [.i64]) { vm, a throws(HostError) in
      [.i64(vm.registers[try a.register_id].map { UInt64($0.count) } ?? .max)]
    },
    /// Costs base + read_memory_base + bytes × read_memory_byte + write_register_base + bytes ×
    /// write_register_byte.
    HostFunction("write_register", ["register_id", "data_len", "data_ptr"]) {
      vm, a throws(HostError) in
      try vm.setRegister(a.register_id, try vm.read(a.data_ptr, a.data_len))
      return []
    },
  ]
}
