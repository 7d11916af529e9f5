import TxrayCore

/// An eth_getProof answer (EIP-1186) checked against a block's state root: what the proofs
/// hold, not what the answer's plain fields claim. `--verify-state` compares the node's
/// eth_getBalance, eth_getTransactionCount, eth_getCode and eth_getStorageAt answers with it.
public struct StateProof: Sendable, Equatable {
  /// The account as the state trie holds it: RLP [nonce, balance, storageRoot, codeHash].
  public struct ProvenAccount: Sendable, Equatable {
    public var nonce: UInt64
    public var balance: UInt256
    public var storageRoot: [UInt8]
    public var codeHash: [UInt8]
  }

  /// nil: the proof shows the state trie has no such account.
  public var account: ProvenAccount?
  /// The value of every slot the answer proves (zero when the proof shows the slot is absent).
  public var storage: [UInt256: UInt256]

  /// keccak256 of no code: the code hash of an account without code.
  public static let emptyCodeHash: [UInt8] = Keccak256.hash([UInt8]())

  /// Verifies `answer`, the result of eth_getProof(`address`, `slots`), against `stateRoot`. The
  /// account proof must reach `address` from the root and each storage proof must reach its
  /// slot from the proven account's storage root; an answer whose plain fields disagree with
  /// what its proofs hold is a contradiction. `source` names the endpoint in errors.
  public static func verify(
    _ answer: JSONValue, address: Address, slots: [UInt256], stateRoot: [UInt8], source: String
  ) throws(StateError) -> StateProof {
    let reader = SnapshotReader(source: "\(source): eth_getProof \(address.lowercaseHex)")
    guard case .object = answer else { throw reader.error("the answer is not an object") }
    if let named = answer["address"] {
      guard try reader.address(named, field: "address") == address else {
        throw reader.error("the answer is for another account")
      }
    }
    let accountProof = try nodes(answer["accountProof"], field: "accountProof", reader: reader)
    let leaf: [UInt8]?
    do {
      leaf = try MerkleProof.value(
        ofKey: Keccak256.hash(address.bytes), root: stateRoot, proof: accountProof)
    } catch {
      throw reader.error("accountProof does not prove the account from the state root: \(error)")
    }
    let account = try leaf.map { (leaf) throws(StateError) in
      try provenAccount(leaf, reader: reader)
    }
    try checkClaims(answer, against: account, reader: reader)

    let listed = answer["storageProof"]?.arrayItems ?? []
    guard listed.count == slots.count else {
      throw reader.error("storageProof has \(listed.count) entries for \(slots.count) slots")
    }
    var storage: [UInt256: UInt256] = [:]
    for (slot, entry) in zip(slots, listed) {
      let field = "storageProof slot \(slot.hexString)"
      guard try reader.uint256(entry["key"], field: "\(field) key") == slot else {
        throw reader.error("\(field): the proof is for another slot")
      }
      let proof = try nodes(entry["proof"], field: "\(field) proof", reader: reader)
      let leaf: [UInt8]?
      do {
        leaf = try MerkleProof.value(
          ofKey: Keccak256.hash(slot.bigEndianBytes),
          root: account?.storageRoot ?? MerkleProof.emptyRoot, proof: proof)
      } catch {
        throw reader.error("\(field) does not prove the slot from the storage root: \(error)")
      }
      let proven =
        try leaf.map { (leaf) throws(StateError) in
          try storageValue(leaf, field: field, reader: reader)
        } ?? .zero
      guard try reader.uint256(entry["value"], field: "\(field) value") == proven else {
        throw reader.error(
          "\(field): the answer says \(entry["value"]?.stringValue ?? "nothing") but its proof holds \(proven.hexString)"
        )
      }
      storage[slot] = proven
    }
    return StateProof(account: account, storage: storage)
  }

  private static func nodes(
    _ value: JSONValue?, field: String, reader: SnapshotReader
  ) throws(StateError) -> [[UInt8]] {
    guard let items = value?.arrayItems else { throw reader.error("\(field): not a list") }
    var nodes: [[UInt8]] = []
    for item in items { nodes.append(try reader.bytes(item, field: field)) }
    return nodes
  }

  private static func provenAccount(
    _ leaf: [UInt8], reader: SnapshotReader
  ) throws(StateError) -> ProvenAccount {
    guard case .list(let fields)? = try? RLPDecoder.decode(leaf), fields.count == 4,
      case .bytes(let nonce) = fields[0], nonce.count <= 8, case .bytes(let balance) = fields[1],
      let balance = UInt256(bigEndianBytes: balance), case .bytes(let storageRoot) = fields[2],
      storageRoot.count == 32, case .bytes(let codeHash) = fields[3], codeHash.count == 32
    else {
      throw reader.error("the proven account is not RLP [nonce, balance, storageRoot, codeHash]")
    }
    return ProvenAccount(
      nonce: nonce.reduce(0) { $0 << 8 | UInt64($1) }, balance: balance,
      storageRoot: storageRoot, codeHash: codeHash)
  }

  /// A storage leaf is the RLP of the value's big-endian bytes without leading zeros.
  private static func storageValue(
    _ leaf: [UInt8], field: String, reader: SnapshotReader
  ) throws(StateError) -> UInt256 {
    guard case .bytes(let bytes)? = try? RLPDecoder.decode(leaf),
      let value = UInt256(bigEndianBytes: bytes)
    else {
      throw reader.error("\(field): the proven value is not an RLP string of at most 32 bytes")
    }
    return value
  }

  /// The answer's own balance, nonce, codeHash and storageHash must be what its proof holds
  /// (for an absent account: zero, and the empty code hash and trie root, or zero hashes).
  private static func checkClaims(
    _ answer: JSONValue, against account: ProvenAccount?, reader: SnapshotReader
  ) throws(StateError) {
    func mismatch(_ field: String, said: String, holds: String) -> StateError {
      reader.error("\(field): the answer says \(said) but its proof holds \(holds)")
    }
    let numbers: [(field: String, proven: UInt256)] = [
      ("balance", account?.balance ?? .zero), ("nonce", UInt256(account?.nonce ?? 0)),
    ]
    for (field, proven) in numbers {
      guard let value = answer[field] else { continue }
      let said = try reader.uint256(value, field: field)
      guard said == proven else {
        throw mismatch(field, said: said.hexString, holds: proven.hexString)
      }
    }
    let zeroHash = [UInt8](repeating: 0, count: 32)
    let hashes: [(field: String, proven: [UInt8], absent: [UInt8])] = [
      ("codeHash", account?.codeHash ?? emptyCodeHash, emptyCodeHash),
      ("storageHash", account?.storageRoot ?? MerkleProof.emptyRoot, MerkleProof.emptyRoot),
    ]
    for (field, proven, absent) in hashes {
      guard let value = answer[field] else { continue }
      let said = try reader.bytes(value, field: field)
      let accepted = account == nil ? [absent, zeroHash] : [proven]
      guard accepted.contains(said) else {
        throw mismatch(field, said: Hex.encode(said), holds: Hex.encode(proven))
      }
    }
  }
}
