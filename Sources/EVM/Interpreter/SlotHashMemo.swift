import TxrayCore

/// The last few KECCAK256 results over exactly 64 bytes, for one transaction. Sixty-four bytes is
/// a mapping slot (key ‖ slot number), and contracts compute the same one again and again: a
/// Vyper or unoptimised Solidity `balanceOf[sender] -= amount` hashes the slot to read it and
/// again to write it. A hit costs eight word comparisons instead of a Keccak-f permutation (about
/// 5,000 instructions); a miss costs the comparisons. The hash of equal bytes is equal, so a hit
/// is exact.
struct SlotHashMemo {
  /// The 64 bytes as eight native-order words (only compared, never interpreted).
  private struct Preimage: Equatable {
    var words: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64)

    init(_ bytes: UnsafeRawPointer) {
      words = (
        bytes.loadUnaligned(fromByteOffset: 0, as: UInt64.self),
        bytes.loadUnaligned(fromByteOffset: 8, as: UInt64.self),
        bytes.loadUnaligned(fromByteOffset: 16, as: UInt64.self),
        bytes.loadUnaligned(fromByteOffset: 24, as: UInt64.self),
        bytes.loadUnaligned(fromByteOffset: 32, as: UInt64.self),
        bytes.loadUnaligned(fromByteOffset: 40, as: UInt64.self),
        bytes.loadUnaligned(fromByteOffset: 48, as: UInt64.self),
        bytes.loadUnaligned(fromByteOffset: 56, as: UInt64.self)
      )
    }

    static func == (lhs: Preimage, rhs: Preimage) -> Bool {
      lhs.words.0 == rhs.words.0 && lhs.words.1 == rhs.words.1 && lhs.words.2 == rhs.words.2
        && lhs.words.3 == rhs.words.3 && lhs.words.4 == rhs.words.4
        && lhs.words.5 == rhs.words.5 && lhs.words.6 == rhs.words.6
        && lhs.words.7 == rhs.words.7
    }
  }

  /// Entries kept; the oldest is replaced. A read-modify-write of one mapping entry, or a
  /// transfer between two, needs two or three; more makes every miss compare longer.
  static let capacity = 4
  private var entries: [(preimage: Preimage, hash: UInt256)] = []
  private var next = 0

  /// Keccak-256 of the 64 bytes at `bytes`.
  mutating func hash(_ bytes: UnsafeRawPointer) -> UInt256 {
    let preimage = Preimage(bytes)
    let hit = entries.withUnsafeBufferPointer { stored -> UInt256? in
      for index in stored.indices where stored[index].preimage == preimage {
        return stored[index].hash
      }
      return nil
    }
    if let hit { return hit }
    let hash = Keccak256.word(UnsafeRawBufferPointer(start: bytes, count: 64))
    if entries.count < Self.capacity {
      if entries.isEmpty { entries.reserveCapacity(Self.capacity) }
      entries.append((preimage, hash))
    } else {
      entries[next] = (preimage, hash)
      next = next == Self.capacity - 1 ? 0 : next + 1
    }
    return hash
  }
}
