import WasmKit

extension HostFunction {
  static let miscellaneous: [HostFunction] = [
    HostFunction("value_return", [.i64, .i64]) { vm, a throws(HostError) in
      let value = try vm.readBuffer(a[0], a[1])
      guard UInt64(value.count) <= vm.fees.maxLengthReturnedData else {
        throw .failure("ReturnedValueLengthExceeded")
      }
      vm.returned = .value(value)
      return []
    },
    HostFunction("panic", []) { _, _ throws(HostError) in
      throw .panicked("explicit guest panic")
    },
    HostFunction("panic_utf8", [.i64, .i64]) { vm, a throws(HostError) in
      throw .panicked(try vm.readUTF8(a[0], a[1]))
    },
    // AssemblyScript's abort: message and file are its strings (UTF-16, length in the 4 bytes
    // before the pointer).
    HostFunction("abort", [.i32, .i32, .i32, .i32]) { vm, a throws(HostError) in
      let message = try vm.assemblyScriptString(a[0])
      let file = try vm.assemblyScriptString(a[1])
      throw .panicked("\(message), filename: \"\(file)\" line: \(a[2]) col: \(a[3])")
    },
  ]
}

extension VMLogic {
  func assemblyScriptString(_ pointer: UInt64) throws(HostError) -> String {
    guard pointer >= 4 else { throw .memoryAccessViolation }
    let header = try read(pointer - 4, 4)
    let length = header.reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
    let units = try readUTF16(length, pointer)
    return String(decoding: units, as: UTF16.self)
  }
}
