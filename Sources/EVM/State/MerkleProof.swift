import TxrayCore

/// Walks a Merkle-Patricia proof (Yellow Paper appendix D; the `accountProof` and storage
/// `proof` lists of EIP-1186's eth_getProof) from a root hash down the key's nibbles. Every node
/// must hash to the reference its parent holds, so the value found, or the proof that the key is
/// absent, follows from the root alone and not from the node that sent the proof.
public enum MerkleProof {
  /// Why a proof proves nothing.
  public struct Invalid: Error, Sendable, Equatable, CustomStringConvertible {
    public var reason: String
    public var description: String { reason }
  }

  /// keccak256(rlp("")): the root of a trie with no entries.
  public static let emptyRoot: [UInt8] = Keccak256.hash([0x80])

  /// The value stored under `key` (the raw trie key: for the state and storage tries, the
  /// Keccak-256 of the address or slot), or nil when the proof shows there is none. `proof` is
  /// the list of encoded nodes from the root; nodes shorter than 32 bytes sit inside their parent,
  /// as the trie stores them.
  public static func value(
    ofKey key: [UInt8], root: [UInt8], proof: [[UInt8]]
  ) throws(Invalid) -> [UInt8]? {
    let path = nibbles(key)
    var walk = Walk(path: path, proof: proof)
    var reference = RLPItem.bytes(root)
    while true {
      switch try walk.step(from: try walk.node(at: reference)) {
      case .child(let next): reference = next
      case .found(let value):
        guard walk.used == proof.count else {
          throw Invalid(reason: "the proof has nodes past the end of the key's path")
        }
        return value.isEmpty ? nil : value
      }
    }
  }

  private struct Walk {
    let path: [UInt8]
    let proof: [[UInt8]]
    /// Nibbles of `path` already matched.
    var consumed = 0
    /// Proof nodes already read.
    var used = 0

    enum Step {
      case child(RLPItem)
      /// The value under the key; empty when the key is absent.
      case found([UInt8])
    }

    /// The node a reference names: a 32-byte hash of the next proof node, or the node itself
    /// when it is embedded in its parent.
    mutating func node(at reference: RLPItem) throws(Invalid) -> RLPItem {
      guard case .bytes(let hash) = reference else { return reference }
      guard hash.count == 32 else {
        throw Invalid(reason: "a node reference is \(hash.count) bytes, not a 32-byte hash")
      }
      guard used < proof.count else {
        if hash == MerkleProof.emptyRoot { return .bytes([]) }
        throw Invalid(reason: "the proof ends before the key's path does")
      }
      let encoded = proof[used]
      used += 1
      guard Keccak256.hash(encoded) == hash else {
        throw Invalid(
          reason: "proof node \(used) does not hash to the reference its parent holds")
      }
      do {
        return try RLPDecoder.decode(encoded)
      } catch {
        throw Invalid(reason: "proof node \(used) is not RLP: \(error)")
      }
    }

    /// One node of the walk: a branch picks the child of the next nibble, an extension must
    /// match its shared nibbles, a leaf holds the value when its rest of the path is the key's.
    mutating func step(from node: RLPItem) throws(Invalid) -> Step {
      guard case .list(let items) = node else {
        // The empty trie: the root is the hash of the empty string.
        if node == .bytes([]) { return .found([]) }
        throw Invalid(reason: "a trie node is a byte string, not a list")
      }
      switch items.count {
      case 17:
        guard consumed < path.count else { return .found(try bytes(items[16], "a branch value")) }
        let child = items[Int(path[consumed])]
        consumed += 1
        return child == .bytes([]) ? .found([]) : .child(child)
      case 2:
        let (shared, isLeaf) = try hexPrefix(try bytes(items[0], "a node's path"))
        let rest = path[consumed...]
        if isLeaf {
          let value = try bytes(items[1], "a leaf value")
          return rest.elementsEqual(shared) ? .found(value) : .found([])
        }
        guard !shared.isEmpty else { throw Invalid(reason: "an extension node has an empty path") }
        guard rest.starts(with: shared) else { return .found([]) }
        consumed += shared.count
        return .child(items[1])
      default:
        throw Invalid(reason: "a trie node has \(items.count) items, not 2 or 17")
      }
    }

    private func bytes(_ item: RLPItem, _ what: String) throws(Invalid) -> [UInt8] {
      guard case .bytes(let value) = item else {
        throw Invalid(reason: "\(what) is a list, not a byte string")
      }
      return value
    }

    /// The nibbles and leaf flag of a hex-prefix encoded path (Yellow Paper appendix C).
    private func hexPrefix(_ encoded: [UInt8]) throws(Invalid) -> ([UInt8], isLeaf: Bool) {
      guard let first = encoded.first, first >> 4 <= 3 else {
        throw Invalid(reason: "a node's path has no valid hex-prefix flag")
      }
      let flag = first >> 4
      let odd = flag & 1 == 1
      guard odd || first & 0x0f == 0 else {
        throw Invalid(reason: "an even node path has a non-zero pad nibble")
      }
      let nibbles = (odd ? [first & 0x0f] : []) + MerkleProof.nibbles(encoded.dropFirst())
      return (nibbles, flag >= 2)
    }
  }

  /// The 4-bit halves of `bytes`, high first: a trie key as the path it spells. The conformance
  /// trie builder spells its keys the same way.
  package static func nibbles(_ bytes: some Collection<UInt8>) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count * 2)
    for byte in bytes {
      out.append(byte >> 4)
      out.append(byte & 0x0f)
    }
    return out
  }
}
