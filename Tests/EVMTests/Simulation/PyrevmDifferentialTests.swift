import EVM
import Foundation
import Testing
import TxrayCore

/// The vyper ERC-20 under revm (through pyrevm) and under txray's executor: the same status, gas
/// used, output, logs and post-state for transfers, approvals, reverts, halts and creations.
/// `Fixtures/simulation-differential.json` is written by scripts/gen-evm-samples.py.
@Suite struct PyrevmDifferentialTests {
  struct Fixture {
    var block: BlockEnvironment
    var state: InMemoryState
    var pre: [Address: AccountState]
    var preStorage: [Address: [UInt256: UInt256]]
    var cases: [[String: Any]]
  }

  static func fixture() throws -> Fixture {
    let url = try #require(
      Bundle.module.url(
        forResource: "simulation-differential", withExtension: "json", subdirectory: "Fixtures"))
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    let block = try #require(document["block"] as? [String: Any])
    func number(_ key: String) throws -> UInt64 {
      try #require(UInt64(block[key] as? String ?? ""), "block.\(key)")
    }
    let environment = BlockEnvironment(
      number: try number("number"), timestamp: try number("timestamp"),
      coinbase: try #require(Address(hex: block["coinbase"] as? String ?? "")),
      gasLimit: try number("gasLimit"), baseFee: UInt256(try number("baseFee")),
      prevRandao: try #require(UInt256(hexString: block["prevRandao"] as? String ?? "")),
      excessBlobGas: try number("excessBlobGas"), chainId: try number("chainId"))
    let (accounts, storage) = try Prestate.parse(try #require(document["pre"] as? [String: Any]))
    return Fixture(
      block: environment, state: InMemoryState(accounts: accounts, storage: storage),
      pre: accounts, preStorage: storage,
      cases: try #require(document["cases"] as? [[String: Any]]))
  }

  @Test func txrayMatchesRevmOnEveryCase() throws {
    let fixture = try Self.fixture()
    #expect(fixture.cases.count >= 15)
    let executor = TransactionExecutor(fork: .prague, block: fixture.block, state: fixture.state)
    for entry in fixture.cases {
      let name = entry["name"] as? String ?? "?"
      let tx = try #require(entry["tx"] as? [String: Any])
      let expected = try #require(entry["expected"] as? [String: Any])
      let result = executor.execute(try Self.transaction(tx))
      let status = expected["status"] as? String
      switch (status, result.status) {
      case ("success", .success), ("reverted", .reverted), ("halted", .halted): break
      default:
        Issue.record("\(name): revm \(status ?? "?"), txray \(result.status)")
        continue
      }
      // pyrevm keeps slots its setup wrote warm across calls; those cases compare everything
      // but gas (see the generator).
      if entry["gasComparable"] as? Bool == true {
        #expect(UInt64(expected["gasUsed"] as? Int ?? -1) == result.gasUsed, "\(name): gas used")
      }
      // A creation's output is its deployed code, compared below as the account's code.
      if status != "halted", tx["to"] is String {
        #expect(Hex.encode(result.output) == expected["output"] as? String, "\(name): output")
      }
      let logs = (expected["logs"] as? [[String: Any]] ?? []).map { log in
        [
          (log["address"] as? String ?? "").lowercased(),
          ((log["topics"] as? [String]) ?? []).joined(separator: ","),
          log["data"] as? String ?? "",
        ]
      }
      let actualLogs = result.logs.map { log in
        [
          log.address.lowercaseHex,
          log.topics.map { Hex.encode($0.bigEndianBytes) }.joined(separator: ","),
          Hex.encode(log.data),
        ]
      }
      #expect(actualLogs == logs, "\(name): logs")
      try checkPostState(expected, result: result, fixture: fixture, name: name)
    }
  }

  private func checkPostState(
    _ expected: [String: Any], result: ExecutionResult, fixture: Fixture, name: String
  ) throws {
    let changes = Dictionary(
      result.changes.map { ($0.address, $0) }, uniquingKeysWith: { _, last in last })
    let post = try #require(expected["post"] as? [String: [String: Any]])
    for (hex, account) in post {
      let address = try #require(Address(hex: hex))
      let after = changes[address] == nil ? fixture.pre[address] : changes[address]?.after
      #expect(
        (after?.balance ?? .zero).decimalString == account["balance"] as? String,
        "\(name): balance of \(hex)")
      if let code = account["code"] as? String {
        #expect(Hex.encode(after?.code ?? []) == code, "\(name): code of \(hex)")
      }
      guard let storage = account["storage"] as? [String: String] else { continue }
      let written = changes[address]?.storage ?? []
      for (slotHex, valueHex) in storage {
        let slot = try #require(UInt256(hexString: slotHex))
        let value =
          written.first { $0.slot == slot }?.after ?? fixture.preStorage[address]?[slot] ?? .zero
        #expect(value == UInt256(hexString: valueHex), "\(name): slot \(slotHex) of \(hex)")
      }
      let watched = Set(storage.keys.compactMap { UInt256(hexString: $0) })
      for change in written where change.before != change.after {
        #expect(
          watched.contains(change.slot), "\(name): unexpected write to \(change.slot.hexString)")
      }
    }
    let created = (expected["created"] as? String).flatMap { Address(hex: $0) }
    #expect(result.created == (created.map { [$0] } ?? []), "\(name): created")
  }

  static func transaction(_ tx: [String: Any]) throws -> ExecutableTransaction {
    func quantity(_ key: String) throws -> UInt256 {
      try #require(UInt256(decimalString: tx[key] as? String ?? ""), "tx.\(key)")
    }
    return ExecutableTransaction(
      sender: try #require(Address(hex: tx["from"] as? String ?? "")),
      to: (tx["to"] as? String).flatMap { Address(hex: $0) },
      value: try quantity("value"),
      data: try Hex.decode(tx["data"] as? String ?? ""),
      gasLimit: try quantity("gasLimit"),
      nonce: UInt256(UInt64(tx["nonce"] as? Int ?? 0)),
      gasPrice: try quantity("gasPrice"))
  }
}

/// geth's prestateTracer map `{address: {balance, nonce, code, storage}}` as dictionaries.
enum Prestate {
  static func parse(_ map: [String: Any]) throws -> (
    [Address: AccountState], [Address: [UInt256: UInt256]]
  ) {
    var accounts: [Address: AccountState] = [:]
    var storage: [Address: [UInt256: UInt256]] = [:]
    for (hex, value) in map {
      let address = try #require(Address(hex: hex))
      let entry = try #require(value as? [String: Any])
      accounts[address] = AccountState(
        balance: try #require(UInt256(hexString: entry["balance"] as? String ?? "0x0")),
        nonce: UInt64(entry["nonce"] as? Int ?? 0),
        code: try Hex.decode(entry["code"] as? String ?? "0x"))
      for (slot, word) in entry["storage"] as? [String: String] ?? [:] {
        let key = try #require(UInt256(hexString: slot))
        let value = try #require(UInt256(hexString: word))
        storage[address, default: [:]][key] = value
      }
    }
    return (accounts, storage)
  }
}
