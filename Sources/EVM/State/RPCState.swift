import Foundation
import Synchronization
import TxrayCore

/// State read lazily from a JSON-RPC node (`--rpc URL`), pinned to one block resolved once at
/// start (`--block N|latest`), so every read sees the same state however long a simulation runs.
/// An account's balance, nonce and code arrive in one batch; everything read is cached.
public final class RPCState: StateSource, Sendable {
  /// Which block's state to read.
  public enum BlockSelector: Sendable, Equatable {
    case latest
    case number(UInt64)

    /// "latest" or a block number in decimal or 0x-hex.
    public init?(_ text: String) {
      if text == "latest" {
        self = .latest
      } else if text.hasPrefix("0x"), let number = UInt64(text.dropFirst(2), radix: 16) {
        self = .number(number)
      } else if let number = UInt64(text) {
        self = .number(number)
      } else {
        return nil
      }
    }
  }

  /// The pinned block: state is read as of its end.
  public let pinnedBlock: UInt64
  /// The environment of the block after the pinned one, where a transaction sent now would run:
  /// number + 1, timestamp + 12 s, the EIP-1559 base fee that follows from the pinned block's
  /// gas use. The pinned block's randomness and excess blob gas stand in for the next block's,
  /// which no node knows yet.
  public let block: BlockEnvironment
  private let client: JSONRPCClient
  private let blockTag: String
  /// With `verifyState`: the pinned block's state root, against which every account and slot
  /// read is proven with eth_getProof.
  private let stateRoot: [UInt8]?
  private let cache = Mutex(Cache())

  private struct Cache {
    var accounts: [Address: AccountState?] = [:]
    var storage: [Address: [UInt256: UInt256]] = [:]
    var blockHashes: [UInt64: UInt256] = [:]
  }

  /// Resolves the block and chain id (one batch); fails with `.unavailable` when the node cannot
  /// be reached in `timeout`, does not know the block or answers for another. With
  /// `verifyState`, every read is also proven against the block's state root (eth_getProof), and
  /// the coinbase is read at once, so an endpoint without eth_getProof is refused up front.
  /// `transport` carries the requests: a real POST unless a fuzz body answers them itself.
  public init(
    endpoint: URL, block selector: BlockSelector, timeout: Duration = .seconds(10),
    verifyState: Bool = false, transport: any NodeTransport = NodeConnection()
  ) throws(StateError) {
    client = JSONRPCClient(endpoint: endpoint, timeout: timeout, transport: transport)
    let tag: String
    switch selector {
    case .latest: tag = "latest"
    case .number(let number): tag = UInt256(number).hexString
    }
    let results = try client.batch([
      .init(method: "eth_chainId", params: []),
      .init(method: "eth_getBlockByNumber", params: [.string(tag), .bool(false)]),
    ])
    let reader = SnapshotReader(source: "\(client.displayName): eth_getBlockByNumber")
    guard results[1] != .null else {
      throw .unavailable("\(client.displayName): eth_getBlockByNumber: block \(tag) not found")
    }
    guard case .object = results[1] else {
      throw .unavailable("\(client.displayName): eth_getBlockByNumber: the answer is not a block")
    }
    let chainId = try SnapshotReader(source: "\(client.displayName): eth_chainId")
      .uint64(results[0], field: "result")
    let header = results[1]
    for field in Self.requiredHeaderFields where header[field] == nil {
      throw reader.error("the block has no \(field)")
    }
    let pinned = try reader.block(header)
    if case .number(let asked) = selector, pinned.number != asked {
      throw reader.error("asked for block \(asked), the answer is block \(pinned.number)")
    }
    pinnedBlock = pinned.number
    blockTag = UInt256(pinned.number).hexString
    let gasUsed = try reader.uint64(header["gasUsed"] ?? .string("0x0"), field: "gasUsed")
    guard
      let baseFee = Self.nextBaseFee(
        baseFee: pinned.baseFee, gasUsed: gasUsed, gasLimit: pinned.gasLimit)
    else {
      throw reader.error("baseFeePerGas \(pinned.baseFee) is too large for a next block to follow")
    }
    // A node's number or timestamp at UInt64's end leaves no next block (the sums would trap).
    let (number, numberOverflow) = pinned.number.addingReportingOverflow(1)
    let (timestamp, timeOverflow) = pinned.timestamp.addingReportingOverflow(12)
    guard !numberOverflow, !timeOverflow else {
      throw reader.error("block \(pinned.number) at time \(pinned.timestamp) has no next block")
    }
    block = BlockEnvironment(
      number: number, timestamp: timestamp, coinbase: pinned.coinbase,
      gasLimit: pinned.gasLimit, baseFee: baseFee,
      prevRandao: pinned.prevRandao, difficulty: .zero,
      excessBlobGas: header["excessBlobGas"] == nil ? nil : pinned.excessBlobGas,
      chainId: chainId)
    if verifyState {
      let root = try reader.bytes(header["stateRoot"], field: "stateRoot")
      guard root.count == 32 else { throw reader.error("stateRoot: not 32 bytes") }
      stateRoot = root
    } else {
      stateRoot = nil
    }
    if let hash = header["hash"] {
      let value = try reader.uint256(hash, field: "hash")
      cache.withLock { $0.blockHashes[pinned.number] = value }
    }
    if verifyState {
      do { _ = try account(block.coinbase) } catch {
        guard case .unavailable(let reason) = error else { throw error }
        throw .unavailable("--verify-state: \(reason)")
      }
    }
  }

  /// A header without these is not a block txray can run a transaction in; defaults would hide
  /// that the node left them out.
  private static let requiredHeaderFields = ["number", "timestamp", "gasLimit", "miner"]

  /// EIP-1559: the base fee moves by up to 1/8 towards keeping blocks half full. Nil when the
  /// node's base fee is so large that the next one leaves 256 bits: no chain gets there, and
  /// the arithmetic would trap (a fuzzed node answer found it).
  static func nextBaseFee(baseFee: UInt256, gasUsed: UInt64, gasLimit: UInt64) -> UInt256? {
    let target = UInt256(gasLimit / 2)
    let used = UInt256(gasUsed)
    guard !target.isZero, used != target else { return baseFee }
    let (scaled, overflow) = baseFee.multipliedReportingOverflow(
      by: used > target ? used - target : target - used)
    guard !overflow else { return nil }
    let delta = scaled / target / 8
    guard used > target else { return baseFee - delta }
    let (next, carry) = baseFee.addingReportingOverflow(delta.isZero ? 1 : delta)
    return carry ? nil : next
  }

  public func account(_ address: Address) throws(StateError) -> AccountState? {
    if let cached = cache.withLock({ $0.accounts[address] }) { return cached }
    let params = [JSONValue.string(address.lowercaseHex), .string(blockTag)]
    var calls: [JSONRPCClient.Call] = [
      .init(method: "eth_getBalance", params: params),
      .init(method: "eth_getTransactionCount", params: params),
      .init(method: "eth_getCode", params: params),
    ]
    if stateRoot != nil {
      calls.append(.init(method: "eth_getProof", params: [params[0], .array([]), params[1]]))
    }
    let results = try client.batch(calls)
    let reader = SnapshotReader(source: client.displayName)
    let account = AccountState(
      balance: try reader.uint256(results[0], field: "eth_getBalance result"),
      nonce: try reader.uint64(results[1], field: "eth_getTransactionCount result"),
      code: try reader.bytes(results[2], field: "eth_getCode result"))
    if let stateRoot {
      let proof = try StateProof.verify(
        results[3], address: address, slots: [], stateRoot: stateRoot,
        source: client.displayName)
      try checkAccount(account, of: address, against: proof.account)
    }
    // A node answers zeros for an account that does not exist; an empty account is one since
    // EIP-161.
    let exists = !account.balance.isZero || account.nonce != 0 || !account.code.isEmpty
    let value = exists ? account : nil
    cache.withLock { $0.accounts[address] = .some(value) }
    return value
  }

  public func storage(_ address: Address, slot: UInt256) throws(StateError) -> UInt256 {
    if let cached = cache.withLock({ $0.storage[address]?[slot] }) { return cached }
    let params = [
      JSONValue.string(address.lowercaseHex), .string(Hex.encode(slot.bigEndianBytes)),
      .string(blockTag),
    ]
    var calls: [JSONRPCClient.Call] = [.init(method: "eth_getStorageAt", params: params)]
    if stateRoot != nil {
      calls.append(
        .init(method: "eth_getProof", params: [params[0], .array([params[1]]), params[2]]))
    }
    let results = try client.batch(calls)
    let value = try SnapshotReader(source: client.displayName)
      .uint256(results[0], field: "eth_getStorageAt result")
    if let stateRoot {
      let proof = try StateProof.verify(
        results[1], address: address, slots: [slot], stateRoot: stateRoot,
        source: client.displayName)
      let proven = proof.storage[slot] ?? .zero
      guard proven == value else {
        throw contradiction(
          "slot \(slot.hexString) of account \(address.checksummed)",
          "eth_getStorageAt says \(value.hexString)", holds: proven.hexString)
      }
    }
    cache.withLock { $0.storage[address, default: [:]][slot] = value }
    return value
  }

  /// The node's plain answers about `address` must be what the state trie holds.
  private func checkAccount(
    _ answered: AccountState, of address: Address, against proven: StateProof.ProvenAccount?
  ) throws(StateError) {
    let what = "account \(address.checksummed)"
    let balance = proven?.balance ?? .zero
    guard answered.balance == balance else {
      throw contradiction(
        what, "eth_getBalance says \(answered.balance.hexString)", holds: balance.hexString)
    }
    let nonce = proven?.nonce ?? 0
    guard answered.nonce == nonce else {
      throw contradiction(what, "eth_getTransactionCount says \(answered.nonce)", holds: "\(nonce)")
    }
    let codeHash = proven?.codeHash ?? StateProof.emptyCodeHash
    guard Keccak256.hash(answered.code) == codeHash else {
      throw contradiction(
        what, "eth_getCode answers code whose hash is \(Hex.encode(Keccak256.hash(answered.code)))",
        holds: "code hash \(Hex.encode(codeHash))")
    }
  }

  private func contradiction(_ what: String, _ said: String, holds: String) -> StateError {
    .unavailable(
      "\(client.displayName): the node contradicts itself about \(what): \(said), its proof against the state root of block \(pinnedBlock) holds \(holds)"
    )
  }

  public func blockHash(_ number: UInt64) throws(StateError) -> UInt256 {
    if let cached = cache.withLock({ $0.blockHashes[number] }) { return cached }
    let result = try client.call(
      "eth_getBlockByNumber", [.string(UInt256(number).hexString), .bool(false)])
    guard case .object = result, let hash = result["hash"] else {
      throw .missingBlockHash(number)
    }
    let reader = SnapshotReader(source: "\(client.displayName): eth_getBlockByNumber")
    let answered = try reader.uint64(result["number"], field: "number")
    guard answered == number else {
      throw reader.error("asked for block \(number), the answer is block \(answered)")
    }
    let value = try reader.uint256(hash, field: "hash")
    cache.withLock { $0.blockHashes[number] = value }
    return value
  }
}
