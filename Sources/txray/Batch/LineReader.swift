import Foundation
import TxrayKit

/// Reads a file descriptor line by line without holding more than one line in memory.
///
/// A line longer than `maximumLineBytes` is not buffered: its bytes are skipped up to the next
/// newline and it is reported as `.tooLong`, so one absurd line cannot exhaust memory and still
/// yields exactly one record. A final line without a newline counts as a line.
struct LineReader {
  enum Line {
    case text(String)
    case tooLong(bytes: Int)
    case notText(reason: String)
  }

  static let maximumLineBytes = InputReader.maximumBytes

  private let fd: Int32
  private var buffer = [UInt8](repeating: 0, count: 1 << 16)
  private var start = 0
  private var end = 0
  private var atEOF = false
  /// Bytes read from the descriptor so far, for progress against a file's size.
  private(set) var bytesConsumed = 0

  init(fd: Int32) {
    self.fd = fd
  }

  /// The next line without its terminator (a trailing CR is dropped too), or nil at the end.
  mutating func next() throws(Failure) -> Line? {
    var pending: [UInt8] = []
    var overflow = 0
    while true {
      if let newline = buffer[start..<end].firstIndex(of: UInt8(ascii: "\n")) {
        let ok = append(buffer[start..<newline], to: &pending, overflow: &overflow)
        start = newline + 1
        return ok ? Self.line(pending) : .tooLong(bytes: overflow)
      }
      _ = append(buffer[start..<end], to: &pending, overflow: &overflow)
      start = 0
      end = 0
      let more = atEOF ? false : try fill()
      if !more {
        atEOF = true
        if pending.isEmpty && overflow == 0 { return nil }
        return overflow > 0 ? .tooLong(bytes: overflow) : Self.line(pending)
      }
    }
  }

  /// Keeps at most `maximumLineBytes`; past that only counts. Returns false once over.
  private func append(
    _ bytes: ArraySlice<UInt8>, to pending: inout [UInt8], overflow: inout Int
  ) -> Bool {
    if overflow == 0 && pending.count + bytes.count <= Self.maximumLineBytes {
      pending.append(contentsOf: bytes)
      return true
    }
    if overflow == 0 {
      overflow = pending.count
      pending = []
    }
    overflow += bytes.count
    return false
  }

  /// Reads more input into the buffer; false at end of input.
  private mutating func fill() throws(Failure) -> Bool {
    while true {
      let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      if n > 0 {
        end = n
        if bytesConsumed == 0 {
          // UTF-16 would make every line an error: one line says why instead.
          if InputReader.utf16ByteOrder(buffer[0..<n]) != nil {
            throw Failure.badInput(
              "the input is UTF-16 text (Windows PowerShell's > writes it); batch reads UTF-8 "
                + "lines: convert it first, e.g. Get-Content IN | Set-Content -Encoding utf8 OUT")
          }
          // A byte order mark opening the file (Windows editors write one) is not part of line 1.
          start = InputReader.byteOrderMarkLength(buffer[0..<n])
        }
        bytesConsumed += n
        return true
      }
      if n == 0 { return false }
      // An interrupt ends the input as if it had ended there (see `Interrupt`).
      if errno == EINTR {
        if Interrupt.isRequested { return false }
        continue
      }
      throw Failure.badInput("cannot read input: \(String(cString: strerror(errno)))")
    }
  }

  private static func line(_ bytes: [UInt8]) -> Line {
    var bytes = bytes[...]
    if bytes.last == UInt8(ascii: "\r") { bytes = bytes.dropLast() }
    if bytes.contains(0) { return .notText(reason: "the line holds a NUL byte") }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      return .notText(reason: "the line is not UTF-8 text")
    }
    return .text(text)
  }
}
