import EVM
import TxrayCore

/// The root hash of a Merkle-Patricia trie (Ethereum yellow paper, appendix D), computed in one
/// pass over the sorted keys instead of by inserting into a node store: a post-state root is all
/// the reference tests and txray need, never proofs or updates.
public enum MerklePatriciaTrie {
  /// keccak256(rlp("")): the root of a trie with no entries.
  public static let emptyRoot: [UInt8] = Keccak256.hash([0x80])

  /// The root of the trie holding `entries` (a later duplicate key replaces an earlier one).
  /// Empty values are absent keys, as in Ethereum's tries.
  public static func root(_ entries: [(key: [UInt8], value: [UInt8])]) -> [UInt8] {
    var byKey: [[UInt8]: [UInt8]] = [:]
    for entry in entries where !entry.value.isEmpty {
      byKey[entry.key] = entry.value
    }
    guard !byKey.isEmpty else { return emptyRoot }
    let sorted = byKey.map { Entry(path: MerkleProof.nibbles($0.key), value: $0.value) }
      .sorted { $0.path.lexicographicallyPrecedes($1.path) }
    return Keccak256.hash(encodeNode(sorted[...], depth: 0))
  }

  /// The root of a "secure" trie, whose keys are the Keccak-256 of the given keys, as the state
  /// and storage tries are.
  public static func secureRoot(_ entries: [(key: [UInt8], value: [UInt8])]) -> [UInt8] {
    root(entries.map { (Keccak256.hash($0.key), $0.value) })
  }

  private struct Entry {
    var path: [UInt8]
    var value: [UInt8]
  }

  /// The RLP of the node covering `entries`, which are sorted, distinct, and share their first
  /// `depth` nibbles.
  private static func encodeNode(_ entries: ArraySlice<Entry>, depth: Int) -> [UInt8] {
    guard let first = entries.first, let last = entries.last else { return [0x80] }
    if entries.count == 1 {
      return RLPEncoder.encode(
        .list([.bytes(hexPrefix(first.path[depth...], leaf: true)), .bytes(first.value)]))
    }
    // Sorted input: the prefix the first and last share is the prefix all share.
    var shared = 0
    while depth + shared < first.path.count, depth + shared < last.path.count,
      first.path[depth + shared] == last.path[depth + shared]
    {
      shared += 1
    }
    var encoder = RLPEncoder()
    if shared > 0 {
      let child = encodeNode(entries, depth: depth + shared)
      encoder.appendList { list in
        list.appendBytes(hexPrefix(first.path[depth..<depth + shared], leaf: false))
        appendReference(to: child, in: &list)
      }
      return encoder.bytes
    }
    var rest = entries[...]
    var branchValue: [UInt8] = []
    if first.path.count == depth {
      branchValue = first.value
      rest = rest.dropFirst()
    }
    encoder.appendList { list in
      for nibble in UInt8(0)..<16 {
        let end = rest.firstIndex { $0.path[depth] != nibble } ?? rest.endIndex
        let group = rest[rest.startIndex..<end]
        if group.isEmpty {
          list.appendBytes([])
        } else {
          appendReference(to: encodeNode(group, depth: depth + 1), in: &list)
        }
        rest = rest[end...]
      }
      list.appendBytes(branchValue)
    }
    return encoder.bytes
  }

  /// A child is inlined when its RLP is shorter than a hash, and referenced by hash otherwise.
  private static func appendReference(to child: [UInt8], in list: inout RLPEncoder) {
    if child.count < 32 {
      list.appendEncoded(child)
    } else {
      list.appendBytes(Keccak256.hash(child))
    }
  }

  /// Hex-prefix encoding of a nibble path: a flag nibble (leaf, odd length) then the nibbles,
  /// padded to whole bytes.
  private static func hexPrefix(_ path: ArraySlice<UInt8>, leaf: Bool) -> [UInt8] {
    let flag: UInt8 = (leaf ? 2 : 0) + (path.count % 2 == 1 ? 1 : 0)
    var out: [UInt8] = []
    out.reserveCapacity(path.count / 2 + 1)
    var index = path.startIndex
    if path.count % 2 == 1 {
      out.append(flag << 4 | path[index])
      index += 1
    } else {
      out.append(flag << 4)
    }
    while index < path.endIndex {
      out.append(path[index] << 4 | path[index + 1])
      index += 2
    }
    return out
  }
}
