import WasmKit

extension HostFunction {
  static let miscellaneous: [HostFunction] = [
    /// Costs base + reading the value (per-byte data receipt fees to waiting receipts are not
    /// modelled).
    HostFunction("value_return", ["value_len", "value_ptr"]) { vm, a throws(HostError) in
      let value = try vm.readBuffer(a.value_len, a.value_ptr)
      guard UInt64(value.count) <= vm.fees.maxLengthReturnedData else {
        throw .returnedValueLengthExceeded(
          length: UInt64(value.count), limit: vm.fees.maxLengthReturnedData)
      }
      vm.returned = .value(value)
      return []
    },
    /// Costs base.
    HostFunction("panic") { _, _ throws(HostError) in
      throw .guestPanic("explicit guest panic")
    },
    /// Costs base + reading and decoding the UTF-8 message (utf8_decoding_base +
    /// read_memory_base + bytes × (read_memory_byte + utf8_decoding_byte)).
    HostFunction("panic_utf8", ["len", "ptr"]) { vm, a throws(HostError) in
      throw .guestPanic(try vm.readUTF8String(a.len, a.ptr))
    },
    /// Costs base + two 4-byte length reads + reading and decoding both UTF-16 strings.
    /// AssemblyScript's abort: message and file are its strings (UTF-16, length in the 4 bytes
    /// before the pointer).
    HostFunction("abort", ["msg_ptr", "filename_ptr", "line", "col"], of: .i32) {
      vm, a throws(HostError) in
      let messagePointer = try a.msg_ptr
      let filenamePointer = try a.filename_ptr
      guard messagePointer >= 4, filenamePointer >= 4 else { throw .badUTF16 }
      let messageLength = try vm.readU32(messagePointer - 4)
      let filenameLength = try vm.readU32(filenamePointer - 4)
      let message = try vm.readUTF16String(messageLength, messagePointer)
      let filename = try vm.readUTF16String(filenameLength, filenamePointer)
      throw .guestPanic(
        "\(message), filename: \"\(filename)\" line: \(try a.line) col: \(try a.col)")
    },
  ]
}

extension VMLogic {
  /// A little-endian u32 from memory.
  func readU32(_ pointer: UInt64) throws(HostError) -> UInt64 {
    try read(pointer, 4).reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
  }
}
