internal import CLlama
import Foundation

/// The model's state after a prompt, or after the part of every prompt that never changes (the
/// chat template's opening and the system text), kept in files so that a run processes only
/// what it has not seen. Prompt processing is most of the time to the first token on a CPU.
/// The newest `maxFiles` are kept (a file is a few megabytes); a file read counts as new.
///
/// A file is named after the model file (name, size, modification time) and a hash of the
/// prefix's tokens, so a new model or a changed system text gets a new file. A file llama.cpp
/// will not load, or whose tokens differ, is ignored and the prefix processed as usual.
struct PromptPrefixCache: Sendable {
  let directory: URL
  let modelKey: String

  init?(directory: String, modelPath: String) {
    guard let attributes = try? FileManager.default.attributesOfItem(atPath: modelPath),
      let size = attributes[.size] as? Int,
      let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970
    else { return nil }
    self.directory = URL(fileURLWithPath: directory, isDirectory: true)
    let name = URL(fileURLWithPath: modelPath).lastPathComponent
    modelKey = "\(name)-\(size)-\(Int(modified))"
  }

  func file(for prefix: ArraySlice<llama_token>) -> URL {
    // FNV-1a over the token ids: a name, not a security boundary (the tokens are checked on
    // load).
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for token in prefix {
      hash = (hash ^ UInt64(UInt32(bitPattern: token))) &* 0x100_0000_01b3
    }
    return directory.appendingPathComponent(
      "\(modelKey)-\(String(hash, radix: 16)).state", isDirectory: false)
  }

  static let maxFiles = 32

  /// Loads the state for `prefix` into sequence 0 of `context`; false when there is none.
  func restore(_ prefix: ArraySlice<llama_token>, into context: OpaquePointer) -> Bool {
    let path = file(for: prefix).path
    guard FileManager.default.fileExists(atPath: path) else { return false }
    try? FileManager.default.setAttributes([.modificationDate: Date()], ofItemAtPath: path)
    var tokens = [llama_token](repeating: 0, count: prefix.count)
    var count = 0
    let loaded = llama_state_seq_load_file(context, path, 0, &tokens, tokens.count, &count)
    guard loaded > 0, count == prefix.count, tokens.elementsEqual(prefix) else {
      llama_memory_clear(llama_get_memory(context), true)
      return false
    }
    return true
  }

  /// Saves sequence 0 of `context`, which holds exactly `prefix`. Written to a temporary file
  /// and renamed, so a concurrent run never loads half a file; failures only cost the saving.
  func save(_ prefix: ArraySlice<llama_token>, from context: OpaquePointer) {
    let target = file(for: prefix)
    try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let temporary = target.path + ".\(getpid()).tmp"
    let tokens = Array(prefix)
    guard llama_state_seq_save_file(context, temporary, 0, tokens, tokens.count) > 0 else {
      unlink(temporary)
      return
    }
    if rename(temporary, target.path) != 0 { unlink(temporary) }
    evictOldest()
  }

  /// Deletes this model's files beyond the newest `maxFiles`.
  private func evictOldest() {
    let manager = FileManager.default
    guard
      let names = try? manager.contentsOfDirectory(atPath: directory.path)
        .filter({ $0.hasPrefix(modelKey) && $0.hasSuffix(".state") }),
      names.count > Self.maxFiles
    else { return }
    let dated = names.map { name -> (String, Date) in
      let path = directory.appendingPathComponent(name).path
      let date = (try? manager.attributesOfItem(atPath: path))?[.modificationDate] as? Date
      return (path, date ?? .distantPast)
    }
    for (path, _) in dated.sorted(by: { $0.1 > $1.1 }).dropFirst(Self.maxFiles) {
      try? manager.removeItem(atPath: path)
    }
  }
}
