import Foundation

/// Writes that cannot crash txray. `FileHandle.write(_:)` traps when the stream is gone: a review
/// whose terminal was closed died writing its one closing line to stderr (EIO), with a crash
/// report instead of its exit code. A refused write is reported to the caller instead.
enum StandardStreams {
  /// Writes `text`; false when the stream refused it.
  @discardableResult
  static func write(_ text: String, to handle: FileHandle) -> Bool {
    write(Data(text.utf8), to: handle)
  }

  /// Writes `data`; false when the stream refused it.
  @discardableResult
  static func write(_ data: Data, to handle: FileHandle) -> Bool {
    do {
      try handle.write(contentsOf: data)
      return true
    } catch {
      return false
    }
  }
}
