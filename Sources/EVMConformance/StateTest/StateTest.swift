import EVM
import Foundation
import TxrayCore

/// One filled state test: a pre-state, a block, a transaction template whose data, gas and value
/// are lists, and per fork the expected results of the combinations (`post`) the test checks.
public struct StateTest: Sendable {
  public var name: String
  public var block: BlockEnvironment
  public var accounts: [Address: AccountState]
  public var storage: [Address: [UInt256: UInt256]]
  public var transaction: StateTestTransaction
  public var posts: [StateTestPost]

  /// Every test in a state-test JSON file, sorted by name.
  public static func load(file: URL) throws(StateTestError) -> [StateTest] {
    let data: Data
    do {
      data = try Data(contentsOf: file)
    } catch {
      throw StateTestError("\(file.path): \(error.localizedDescription)")
    }
    return try load(json: data, source: file.lastPathComponent)
  }

  public static func load(json: Data, source: String = "input") throws(StateTestError)
    -> [StateTest]
  {
    let decoded: [String: StateTestJSON]
    do {
      decoded = try JSONDecoder().decode([String: StateTestJSON].self, from: json)
    } catch {
      throw StateTestError("\(source): not state-test JSON: \(error)")
    }
    var tests: [StateTest] = []
    for (name, test) in decoded.sorted(by: { $0.key < $1.key }) {
      do {
        tests.append(try StateTest(name: name, json: test))
      } catch {
        throw StateTestError("\(source): \(name): \(error.description)")
      }
    }
    return tests
  }

  init(name: String, json: StateTestJSON) throws(StateTestError) {
    self.name = name
    let env = json.env
    let chainId = try json.config?.chainid.map { (text) throws(StateTestError) in
      try StateTestHex.uint64(text, field: "config.chainid")
    }
    block = BlockEnvironment(
      number: try StateTestHex.uint64(env.currentNumber, field: "currentNumber"),
      timestamp: try StateTestHex.uint64(env.currentTimestamp, field: "currentTimestamp"),
      coinbase: try StateTestHex.address(env.currentCoinbase, field: "currentCoinbase"),
      gasLimit: try StateTestHex.uint64(env.currentGasLimit, field: "currentGasLimit"),
      baseFee: try Self.optionalQuantity(env.currentBaseFee, field: "currentBaseFee") ?? .zero,
      prevRandao: try Self.optionalQuantity(env.currentRandom, field: "currentRandom") ?? .zero,
      difficulty: try Self.optionalQuantity(env.currentDifficulty, field: "currentDifficulty")
        ?? .zero,
      excessBlobGas: try env.currentExcessBlobGas.map { (text) throws(StateTestError) in
        try StateTestHex.uint64(text, field: "currentExcessBlobGas")
      },
      chainId: chainId ?? 1)

    var accounts: [Address: AccountState] = [:]
    var storage: [Address: [UInt256: UInt256]] = [:]
    for (key, account) in json.pre {
      let address = try StateTestHex.address(key, field: "pre")
      let field = "pre \(key)"
      accounts[address] = AccountState(
        balance: try StateTestHex.uint256(account.balance, field: "\(field) balance"),
        nonce: try StateTestHex.uint64(account.nonce, field: "\(field) nonce"),
        code: try StateTestHex.bytes(account.code, field: "\(field) code"))
      var slots: [UInt256: UInt256] = [:]
      for (slot, value) in account.storage {
        let number = try StateTestHex.uint256(value, field: "\(field) storage")
        if !number.isZero {
          slots[try StateTestHex.uint256(slot, field: "\(field) storage key")] = number
        }
      }
      if !slots.isEmpty { storage[address] = slots }
    }
    self.accounts = accounts
    self.storage = storage
    transaction = try StateTestTransaction(json.transaction, chainId: chainId ?? 1)

    var posts: [StateTestPost] = []
    for (forkName, entries) in json.post.sorted(by: { $0.key < $1.key }) {
      for (index, entry) in entries.enumerated() {
        posts.append(
          StateTestPost(
            forkName: forkName, fork: Fork(name: forkName), index: index,
            dataIndex: entry.indexes.data, gasIndex: entry.indexes.gas,
            valueIndex: entry.indexes.value,
            expectedRoot: try StateTestHex.hash(entry.hash, field: "post hash"),
            expectedLogsHash: try StateTestHex.hash(entry.logs, field: "post logs"),
            expectException: entry.expectException))
      }
    }
    self.posts = posts
  }

  private static func optionalQuantity(_ text: String?, field: String) throws(StateTestError)
    -> UInt256?
  {
    guard let text else { return nil }
    return try StateTestHex.uint256(text, field: field)
  }
}

/// One expected result: the fork, which data/gas/value combination, and the post-state root and
/// logs hash it must give, or the exception it must be rejected with.
public struct StateTestPost: Sendable {
  /// As written in the file ("Cancun"); `fork` is nil when txray does not know the name.
  public var forkName: String
  public var fork: Fork?
  /// Position within the fork's list, which with name and fork identifies the entry.
  public var index: Int
  public var dataIndex: Int
  public var gasIndex: Int
  public var valueIndex: Int
  public var expectedRoot: [UInt8]
  public var expectedLogsHash: [UInt8]
  public var expectException: String?
}
