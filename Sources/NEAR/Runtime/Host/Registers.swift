import WasmKit

extension HostFunction {
  static let registers: [HostFunction] = [
    HostFunction("read_register", [.i64, .i64]) { vm, a throws(HostError) in
      try vm.burn(vm.fees.host.readRegisterBase)
      guard let data = vm.registers[a[0]] else { throw .failure("InvalidRegisterId") }
      try vm.burn(vm.fees.host.readRegisterByte &* UInt64(data.count))
      try vm.write(a[1], data)
      return []
    },
    // u64::MAX marks a register that was never written.
    HostFunction("register_len", [.i64], [.i64]) { vm, a throws(HostError) in
      [.i64(vm.registers[a[0]].map { UInt64($0.count) } ?? .max)]
    },
    HostFunction("write_register", [.i64, .i64, .i64]) { vm, a throws(HostError) in
      try vm.setRegister(a[0], try vm.read(a[2], a[1]))
      return []
    },
  ]
}
