import EVM
import EVMConformance
import Foundation
import Testing
import TxrayCore

/// Trie roots, state roots and logs hashes against py-trie and pyrlp (scripts/gen-trie-vectors.py).
struct TrieVectorTests {
  struct Vectors: Decodable {
    struct TrieCase: Decodable {
      var name: String
      var entries: [[String]]
      var root: String
    }
    struct StateCase: Decodable {
      struct Account: Decodable {
        var address: String
        var nonce: String
        var balance: String
        var code: String
        var storage: [String: String]
        var storageRoot: String
      }
      var name: String
      var accounts: [Account]
      var root: String
    }
    struct LogsCase: Decodable {
      struct Entry: Decodable {
        var address: String
        var topics: [String]
        var data: String
      }
      var name: String
      var logs: [Entry]
      var hash: String
    }
    var tries: [TrieCase]
    var states: [StateCase]
    var logs: [LogsCase]
  }

  static let vectors: Vectors = {
    guard
      let url = Bundle.module.url(
        forResource: "trie-vectors", withExtension: "json", subdirectory: "Fixtures"),
      let data = try? Data(contentsOf: url),
      let vectors = try? JSONDecoder().decode(Vectors.self, from: data)
    else { return Vectors(tries: [], states: [], logs: []) }
    return vectors
  }()

  @Test func vectorsLoad() {
    #expect(Self.vectors.tries.count == 5)
    #expect(Self.vectors.states.count == 3)
    #expect(Self.vectors.logs.count == 3)
  }

  @Test func emptyTrieRoot() {
    #expect(
      Hex.encode(MerklePatriciaTrie.root([]))
        == "0x56e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421")
  }

  @Test(arguments: vectors.tries.map(\.name))
  func trieRoot(name: String) throws {
    let vector = try #require(Self.vectors.tries.first { $0.name == name })
    let entries = try vector.entries.map { pair in
      (key: try Hex.decode(pair[0]), value: try Hex.decode(pair[1]))
    }
    #expect(Hex.encode(MerklePatriciaTrie.root(entries)) == vector.root)
    // Insertion order must not matter.
    #expect(Hex.encode(MerklePatriciaTrie.root(entries.reversed())) == vector.root)
  }

  @Test(arguments: vectors.states.map(\.name))
  func stateRoot(name: String) throws {
    let vector = try #require(Self.vectors.states.first { $0.name == name })
    var accounts: [Address: AccountState] = [:]
    var storage: [Address: [UInt256: UInt256]] = [:]
    for account in vector.accounts {
      let address = try #require(Address(hex: account.address))
      accounts[address] = AccountState(
        balance: try #require(UInt256(hexString: account.balance)),
        nonce: try #require(UInt256(hexString: account.nonce)?.uint64Value),
        code: try Hex.decode(account.code))
      var slots: [UInt256: UInt256] = [:]
      for (slot, value) in account.storage {
        slots[try #require(UInt256(hexString: slot))] = try #require(UInt256(hexString: value))
      }
      #expect(Hex.encode(StateRoot.storageRoot(slots)) == account.storageRoot)
      storage[address] = slots
    }
    #expect(Hex.encode(StateRoot.compute(accounts: accounts, storage: storage)) == vector.root)
  }

  @Test(arguments: vectors.logs.map(\.name))
  func logsHash(name: String) throws {
    let vector = try #require(Self.vectors.logs.first { $0.name == name })
    let logs = try vector.logs.map { entry in
      Log(
        address: try #require(Address(hex: entry.address)),
        topics: try entry.topics.map { try #require(UInt256(hexString: $0)) },
        data: try Hex.decode(entry.data))
    }
    #expect(Hex.encode(LogsHash.compute(logs)) == vector.hash)
  }
}
