import Foundation

/// Reads the transaction text from an argument, a file or stdin, bounded in size.
public enum InputReader {
  /// Large enough for an EIP-4844 network-form transaction carrying the maximum blobs as hex.
  public static let maximumBytes = 8 << 20

  /// `argument` may be the transaction itself, "-" for stdin, or a path to a file holding it.
  public static func text(argument: String?, file: String?) throws(Failure) -> String {
    if let file { return try decodeText(readFile(file), origin: file) }
    guard let argument, argument != "-" else {
      return try decodeText(readStandardInput(), origin: "stdin")
    }
    if looksLikeTransactionText(argument) || !FileManager.default.fileExists(atPath: argument) {
      if !looksLikeTransactionText(argument), looksLikePath(argument) {
        throw .badInput("cannot read file '\(argument)': \(String(cString: strerror(ENOENT)))")
      }
      guard argument.utf8.count <= maximumBytes else { throw tooLarge("the argument") }
      return argument
    }
    return try decodeText(readFile(argument), origin: argument)
  }

  private static func looksLikeTransactionText(_ text: String) -> Bool {
    let trimmed = text.drop { $0.isWhitespace }
    return trimmed.hasPrefix("0x") || trimmed.hasPrefix("0X") || trimmed.hasPrefix("{")
  }

  /// A path, not text to decode, so a mistyped file name is not read as base64: hex and base64
  /// hold no ".", so a "/" beside one, a leading "~" or a file extension txray's inputs use says
  /// path. A NEAR account id ("alice.near") is neither, and gets its own hint.
  private static func looksLikePath(_ text: String) -> Bool {
    let trimmed = text.drop { $0.isWhitespace }
    if trimmed.hasPrefix("~") || trimmed.contains("/") && trimmed.contains(".") { return true }
    let fileExtension = trimmed.split(separator: ".").last.map { $0.lowercased() }
    return trimmed.contains(".")
      && ["json", "hex", "b64", "txt", "rlp", "bin"].contains(fileExtension)
  }

  private static func readFile(_ path: String) throws(Failure) -> [UInt8] {
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw .badInput("cannot read file '\(path)'")
    }
    defer { try? handle.close() }
    return try readBounded(fd: handle.fileDescriptor, origin: "file '\(path)'")
  }

  private static func readStandardInput() throws(Failure) -> [UInt8] {
    if isatty(STDIN_FILENO) != 0 {
      throw .badInput("no transaction given: pass it as an argument, with --file, or on stdin")
    }
    return try readBounded(fd: STDIN_FILENO, origin: "stdin")
  }

  private static func readBounded(fd: Int32, origin: String) throws(Failure) -> [UInt8] {
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      if n < 0 {
        if errno == EINTR { continue }
        throw .badInput("cannot read \(origin): \(String(cString: strerror(errno)))")
      }
      if n == 0 { return bytes }
      bytes.append(contentsOf: chunk[0..<n])
      if bytes.count > maximumBytes { throw tooLarge(origin) }
    }
  }

  /// 3 when `bytes` open with UTF-8's byte order mark, else 0.
  public static func byteOrderMarkLength(_ bytes: ArraySlice<UInt8>) -> Int {
    bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
  }

  /// Whether `bytes` open with UTF-16's byte order mark (Windows PowerShell's `>` writes text so),
  /// and in which byte order; nil when they do not.
  public static func utf16ByteOrder(_ bytes: ArraySlice<UInt8>) -> UTF16ByteOrder? {
    if bytes.starts(with: [0xFF, 0xFE]) { return .littleEndian }
    if bytes.starts(with: [0xFE, 0xFF]) { return .bigEndian }
    return nil
  }

  public enum UTF16ByteOrder: Sendable { case littleEndian, bigEndian }

  private static func decodeText(_ bytes: [UInt8], origin: String) throws(Failure) -> String {
    if let order = utf16ByteOrder(bytes[...]) {
      return try checkedText(decodeUTF16(bytes.dropFirst(2), order, origin: origin), origin: origin)
    }
    // A byte order mark (Windows editors write one) is not part of the transaction.
    let bytes = bytes.dropFirst(byteOrderMarkLength(bytes[...]))
    if let bad = bytes.firstIndex(where: { $0 == 0 }) {
      throw .badInput(
        "\(origin) holds binary data (NUL byte at offset \(bad)), expected hex, base64 or JSON text"
      )
    }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      throw .badInput("\(origin) is not UTF-8 text, expected hex, base64 or JSON")
    }
    return try checkedText(text, origin: origin)
  }

  private static func decodeUTF16(
    _ bytes: ArraySlice<UInt8>, _ order: UTF16ByteOrder, origin: String
  ) throws(Failure) -> String {
    let units = stride(from: bytes.startIndex, to: bytes.endIndex - 1, by: 2).map { index in
      let (first, second) = (UInt16(bytes[index]), UInt16(bytes[index + 1]))
      return order == .littleEndian ? first | second << 8 : first << 8 | second
    }
    guard bytes.count % 2 == 0, let text = String(validating: units, as: UTF16.self) else {
      throw .badInput("\(origin) opens as UTF-16 text but is not valid UTF-16")
    }
    if let bad = text.unicodeScalars.firstIndex(of: "\0") {
      let offset = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: bad)
      throw .badInput(
        "\(origin) holds binary data (NUL at character \(offset)), expected hex, base64 or JSON text"
      )
    }
    return text
  }

  private static func checkedText(_ text: String, origin: String) throws(Failure) -> String {
    guard text.contains(where: { !$0.isWhitespace }) else { throw .badInput("\(origin) is empty") }
    return text
  }

  private static func tooLarge(_ origin: String) -> Failure {
    .badInput("\(origin) is larger than \(maximumBytes >> 20) MiB")
  }
}
