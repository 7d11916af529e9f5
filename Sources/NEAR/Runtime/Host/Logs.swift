import WasmKit

extension HostFunction {
  static let logs: [HostFunction] = [
    /// Costs base + reading and decoding the text (utf8_decoding_base + read_memory_base + bytes ×
    /// (read_memory_byte + utf8_decoding_byte)) + log_base + bytes × log_byte.
    HostFunction("log_utf8", ["len", "ptr"]) { vm, a throws(HostError) in
      try vm.checkCanAddLog()
      try vm.pushLog(try vm.readUTF8String(a.len, a.ptr))
      return []
    },
    /// Costs base + reading and decoding the text (utf16_decoding_base + read_memory_base + bytes
    /// × (read_memory_byte + utf16_decoding_byte)) + log_base + UTF-8 bytes × log_byte.
    HostFunction("log_utf16", ["len", "ptr"]) { vm, a throws(HostError) in
      try vm.checkCanAddLog()
      try vm.pushLog(try vm.readUTF16String(a.len, a.ptr))
      return []
    },
  ]
}

extension VMLogic {
  /// nearcore refuses a log once `max_number_logs` are written, before reading it.
  func checkCanAddLog() throws(HostError) {
    guard logs.count < fees.maxNumberLogs else {
      throw .numberOfLogsExceeded(limit: UInt64(fees.maxNumberLogs))
    }
  }

  /// Pays log_base + UTF-8 bytes × log_byte and keeps the log, within `max_total_log_length`.
  func pushLog(_ text: String) throws(HostError) {
    let bytes = UInt64(text.utf8.count)
    try burn(perByte(fees.host.logBase, fees.host.logByte, bytes))
    totalLogLength &+= bytes
    // nearcore adds the message's length to the new total once more in its report.
    guard totalLogLength <= fees.maxTotalLogLength else {
      throw .totalLogLengthExceeded(
        length: totalLogLength &+ bytes, limit: fees.maxTotalLogLength)
    }
    logs.append(text)
  }

  /// Log bytes still allowed: text read for a log or panic never goes past the total limit.
  var logLengthLeft: UInt64 { fees.maxTotalLogLength - min(totalLogLength, fees.maxTotalLogLength) }

  /// nearcore's `get_utf8_string`: `length` bytes at `pointer`, or up to a NUL byte (each byte
  /// read on its own) when `length` is u64::MAX. Registers are not read here.
  func readUTF8String(_ length: UInt64, _ pointer: UInt64) throws(HostError) -> String {
    try burn(fees.host.utf8DecodingBase)
    let left = logLengthLeft
    var bytes: [UInt8] = []
    if length != .max {
      guard length <= left else {
        throw .totalLogLengthExceeded(
          length: totalLogLength &+ length, limit: fees.maxTotalLogLength)
      }
      bytes = try read(pointer, length)
    } else {
      while true {
        let byte = try read(pointer &+ UInt64(bytes.count), 1)[0]
        if byte == 0 { break }
        guard UInt64(bytes.count) < left else {
          throw .totalLogLengthExceeded(
            length: totalLogLength &+ left &+ 1, limit: fees.maxTotalLogLength)
        }
        bytes.append(byte)
      }
    }
    try burn(fees.host.utf8DecodingByte &* UInt64(bytes.count))
    guard let text = String(validating: bytes, as: UTF8.self) else { throw .badUTF8 }
    return text
  }

  /// nearcore's `get_utf16_string`: `length` bytes at `pointer`, or up to a zero code unit when
  /// `length` is u64::MAX.
  func readUTF16String(_ length: UInt64, _ pointer: UInt64) throws(HostError) -> String {
    try burn(fees.host.utf16DecodingBase)
    let left = logLengthLeft
    var bytes: [UInt8] = []
    if length == .max {
      while true {
        let pair = try read(pointer &+ UInt64(bytes.count), 2)
        if pair == [0, 0] { break }
        bytes += pair
        guard UInt64(bytes.count) <= left else {
          throw .totalLogLengthExceeded(
            length: totalLogLength &+ UInt64(bytes.count), limit: fees.maxTotalLogLength)
        }
      }
    } else {
      bytes = try read(pointer, length)
    }
    guard bytes.count % 2 == 0 else { throw .badUTF16 }
    guard UInt64(bytes.count) <= left else {
      throw .totalLogLengthExceeded(
        length: totalLogLength &+ UInt64(bytes.count), limit: fees.maxTotalLogLength)
    }
    try burn(fees.host.utf16DecodingByte &* UInt64(bytes.count))
    let units = stride(from: 0, to: bytes.count, by: 2).map {
      UInt16(bytes[$0]) | UInt16(bytes[$0 + 1]) << 8
    }
    guard let text = String(validating: units, as: UTF16.self) else { throw .badUTF16 }
    return text
  }
}
