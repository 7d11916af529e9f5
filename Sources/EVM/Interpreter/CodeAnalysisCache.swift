import Foundation
import Synchronization
import TxrayCore

/// Analysed code (`Bytecode`: the padded copy and its JUMPDEST bitmap) shared by every
/// transaction and every batch worker in the process, keyed by the code's bytes. Without it each
/// transaction analysed the contracts it calls again: a tenth of the time of an ERC-20 transfer.
///
/// Bounded by entries and by code bytes; when either bound is passed the oldest entries go first.
/// Lookups take a lock only around the dictionary; the analysis of a miss runs outside it.
package final class CodeAnalysisCache: Sendable {
  /// The process-wide cache the interpreter reads through `AccountEntry.bytecode`.
  package static let shared = CodeAnalysisCache(maximumEntries: 4096, maximumBytes: 64 << 20)

  package let maximumEntries: Int
  package let maximumBytes: Int
  private let store: Mutex<Store>

  package init(maximumEntries: Int, maximumBytes: Int) {
    self.maximumEntries = maximumEntries
    self.maximumBytes = maximumBytes
    store = Mutex(Store())
  }

  /// The analysis of `code`, from the cache when the same bytes were analysed before.
  package func bytecode(for code: [UInt8]) -> Bytecode {
    let key = CodeKey(code)
    if let cached = store.withLock({ $0.entries[key] }) { return cached }
    let analysed = Bytecode(code)
    return store.withLock { store in
      store.insert(analysed, for: key, maximumEntries: maximumEntries, maximumBytes: maximumBytes)
    }
  }

  /// How many analyses are held and how many code bytes they cover.
  package var usage: (entries: Int, bytes: Int) {
    store.withLock { ($0.entries.count, $0.bytes) }
  }

  private struct Store {
    var entries: [CodeKey: Bytecode] = [:]
    /// Keys in insertion order from `oldest` on; the slots before it were evicted.
    var order: [CodeKey] = []
    var oldest = 0
    var bytes = 0

    /// Adds `bytecode` and returns it, or returns the analysis another worker added first.
    mutating func insert(
      _ bytecode: Bytecode, for key: CodeKey, maximumEntries: Int, maximumBytes: Int
    ) -> Bytecode {
      if let existing = entries[key] { return existing }
      guard bytecode.count <= maximumBytes else { return bytecode }
      entries[key] = bytecode
      order.append(key)
      bytes += bytecode.count
      while entries.count > maximumEntries || bytes > maximumBytes {
        let evicted = order[oldest]
        oldest += 1
        if let removed = entries.removeValue(forKey: evicted) { bytes -= removed.count }
      }
      if oldest > order.count / 2 {
        order.removeFirst(oldest)
        oldest = 0
      }
      return bytecode
    }
  }
}

/// Code as a dictionary key: hashed by its length and a sample of its bytes (the first and last
/// 64 and eight spread through the middle), compared in full. Hashing all of a 10 kB contract
/// would cost about as much as analysing it; codes that share the sample only share a bucket.
private struct CodeKey: Hashable, Sendable {
  let code: [UInt8]
  private let fingerprint: Int

  init(_ code: [UInt8]) {
    self.code = code
    var hasher = Hasher()
    hasher.combine(code.count)
    code.withUnsafeBytes { bytes in
      guard !bytes.isEmpty else { return }
      let edge = min(64, bytes.count)
      hasher.combine(bytes: UnsafeRawBufferPointer(rebasing: bytes[..<edge]))
      hasher.combine(bytes: UnsafeRawBufferPointer(rebasing: bytes[(bytes.count - edge)...]))
      for eighth in 1..<8 { hasher.combine(bytes[bytes.count * eighth / 8]) }
    }
    fingerprint = hasher.finalize()
  }

  func hash(into hasher: inout Hasher) {
    hasher.combine(fingerprint)
  }

  /// The same bytes; memcmp, since `Array.==` compares element by element unless both share
  /// one buffer.
  static func == (lhs: CodeKey, rhs: CodeKey) -> Bool {
    guard lhs.fingerprint == rhs.fingerprint, lhs.code.count == rhs.code.count else { return false }
    return lhs.code.withUnsafeBytes { left in
      rhs.code.withUnsafeBytes { right in
        left.isEmpty || left.baseAddress == right.baseAddress
          || memcmp(left.baseAddress!, right.baseAddress!, left.count) == 0
      }
    }
  }
}
