import WasmKit

extension HostFunction {
  static let logs: [HostFunction] = [
    HostFunction("log_utf8", [.i64, .i64]) { vm, a throws(HostError) in
      let bytes = try vm.readBuffer(a[0], a[1])
      try vm.burn(
        vm.perByte(
          vm.fees.host.utf8DecodingBase, vm.fees.host.utf8DecodingByte, UInt64(bytes.count)))
      guard let text = String(validating: bytes, as: UTF8.self) else { throw .failure("BadUTF8") }
      try vm.log(text, bytes: UInt64(bytes.count))
      return []
    },
    // A length of u64::MAX means "up to the first 0x0000".
    HostFunction("log_utf16", [.i64, .i64]) { vm, a throws(HostError) in
      let units = try vm.readUTF16(a[0], a[1])
      try vm.burn(
        vm.perByte(
          vm.fees.host.utf16DecodingBase, vm.fees.host.utf16DecodingByte, UInt64(units.count * 2)))
      guard let text = String(validating: units, as: UTF16.self) else {
        throw .failure("BadUTF16")
      }
      try vm.log(text, bytes: UInt64(text.utf8.count))
      return []
    },
  ]
}

extension VMLogic {
  func log(_ text: String, bytes: UInt64) throws(HostError) {
    try burn(perByte(fees.host.logBase, fees.host.logByte, bytes))
    guard logs.count < fees.maxNumberLogs else { throw .failure("NumberOfLogsExceeded") }
    totalLogLength &+= bytes
    guard totalLogLength <= fees.maxTotalLogLength else { throw .failure("TotalLogLengthExceeded") }
    logs.append(text)
  }

  /// UTF-16 code units at `pointer`: `length` bytes, or up to a zero unit when `length` is
  /// u64::MAX.
  func readUTF16(_ length: UInt64, _ pointer: UInt64) throws(HostError) -> [UInt16] {
    var bytes: [UInt8]
    if length == .max {
      bytes = []
      var at = pointer
      while true {
        let pair = try read(at, 2)
        if pair == [0, 0] { break }
        bytes += pair
        at &+= 2
        guard UInt64(bytes.count) <= fees.maxTotalLogLength else {
          throw .failure("TotalLogLengthExceeded")
        }
      }
    } else {
      bytes = try read(pointer, length)
    }
    guard bytes.count % 2 == 0 else { throw .failure("BadUTF16") }
    return stride(from: 0, to: bytes.count, by: 2).map {
      UInt16(bytes[$0]) | UInt16(bytes[$0 + 1]) << 8
    }
  }
}
