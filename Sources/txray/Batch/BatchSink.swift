import Foundation
import TxrayKit

/// Where batch records go: stdout or a file, written in chunks (see `flush`).
final class BatchSink {
  private let handle: FileHandle
  private let ownsHandle: Bool
  private var buffer: [UInt8] = []
  /// A write was refused (a full disk, a closed reader): the records in it are lost.
  private(set) var lostOutput = false

  init(path: String?) throws(Failure) {
    guard let path else {
      handle = FileHandle.standardOutput
      ownsHandle = false
      return
    }
    guard FileManager.default.createFile(atPath: path, contents: nil),
      let file = FileHandle(forWritingAtPath: path)
    else { throw .badInput("cannot write file '\(path)'") }
    handle = file
    ownsHandle = true
  }

  func write(_ text: String) {
    buffer.append(contentsOf: text.utf8)
    if buffer.count >= 1 << 16 { flush() }
  }

  func close() {
    flush()
    if ownsHandle { try? handle.close() }
  }

  func flush() {
    guard !buffer.isEmpty else { return }
    if !StandardStreams.write(Data(buffer), to: handle) { lostOutput = true }
    buffer.removeAll(keepingCapacity: true)
  }
}
