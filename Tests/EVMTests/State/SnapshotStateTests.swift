import EVM
import EVMConformance
import Foundation
import Testing
import TxrayCore

struct SnapshotStateTests {
  /// The shape geth's prestateTracer writes: nonce a number, empty fields left out, storage as
  /// 32-byte words, and a touched non-existent account as a bare zero balance.
  static let prestate = """
    {
      "0x0000000000000000000000000000000000000000": {"balance": "0x0"},
      "0x7dcd17433742f4c0ca53122ab541d0ba67fc27df": {
        "balance": "0x76", "nonce": 1, "code": "0x6001",
        "storage": {
          "0x0000000000000000000000000000000000000000000000000000000000000000":
            "0x0000000000000000000000000000000000000000000000000000000000000038"
        }
      },
      "0xa94f5374fce5edbc8e2a8697c15331677e6ebf0b": {"balance": "0xde0b6b3a7640000", "nonce": 7}
    }
    """
  static let contract = Address(hex: "0x7dcd17433742f4c0ca53122ab541d0ba67fc27df")!
  static let sender = Address(hex: "0xa94f5374fce5edbc8e2a8697c15331677e6ebf0b")!

  @Test func readsABarePrestateMapWithDefaultBlock() throws {
    let state = SnapshotState(try StateSnapshot(json: Data(Self.prestate.utf8)))
    #expect(state.block == StateSnapshot.defaultBlock)
    #expect(
      try state.account(Self.contract) == AccountState(balance: 0x76, nonce: 1, code: [0x60, 0x01]))
    #expect(try state.account(Self.sender)?.nonce == 7)
    #expect(try state.account(Address(hex: "0x" + String(repeating: "0", count: 40))!) == nil)
    #expect(try state.storage(Self.contract, slot: .zero) == 0x38)
  }

  @Test func missingStateIsAnErrorNamingIt() throws {
    let state = SnapshotState(try StateSnapshot(json: Data(Self.prestate.utf8)))
    let stranger = Address(hex: "0x00000000000000000000000000000000000000aa")!
    #expect(throws: StateError.missingAccount(stranger)) { try state.account(stranger) }
    // Listed without that slot: prestateTracer lists every slot read, so this one was not.
    #expect(throws: StateError.missingStorage(Self.contract, slot: 1)) {
      try state.storage(Self.contract, slot: 1)
    }
    #expect(throws: StateError.missingStorage(Self.sender, slot: 0)) {
      try state.storage(Self.sender, slot: 0)
    }
    #expect(throws: StateError.missingBlockHash(5)) { try state.blockHash(5) }
    #expect(StateError.missingStorage(Self.contract, slot: 1).description.contains("0x7dcd"))
  }

  @Test func readsTheWrappedFormWithBlockFields() throws {
    let json = """
      {"block": {"number": "0x10", "timestamp": 1700000000, "miner": "0xa94f5374fce5edbc8e2a8697c15331677e6ebf0b",
                 "gasLimit": "0x1c9c380", "baseFeePerGas": "0x7", "mixHash": "0x02", "chainId": "0x1"},
       "blockHashes": {"0xf": "0x0101010101010101010101010101010101010101010101010101010101010101"},
       "state": \(Self.prestate)}
      """
    let state = SnapshotState(try StateSnapshot(json: Data(json.utf8)))
    #expect(state.block.number == 16)
    #expect(state.block.timestamp == 1_700_000_000)
    #expect(state.block.coinbase == Self.sender)
    #expect(state.block.gasLimit == 30_000_000)
    #expect(state.block.baseFee == 7)
    #expect(state.block.prevRandao == 2)
    #expect(try state.blockHash(15).bigEndianBytes == [UInt8](repeating: 1, count: 32))
    #expect(try state.storage(Self.contract, slot: .zero) == 0x38)
  }

  @Test func writingAndReadingASnapshotRoundTrips() throws {
    let snapshot = try StateSnapshot(json: Data(Self.prestate.utf8))
    #expect(try StateSnapshot(json: snapshot.json()) == snapshot)
  }

  @Test func malformedSnapshotsAreTypedErrors() {
    for text in [
      "", "[]", "{\"0x12\": {}}",
      "{\"0x7dcd17433742f4c0ca53122ab541d0ba67fc27df\": {\"balance\": \"0xzz\"}}",
      "{\"0x7dcd17433742f4c0ca53122ab541d0ba67fc27df\": {\"nonce\": \"0x10000000000000000\"}}",
      "{\"state\": {}, \"block\": {\"number\": -1}}",
    ] {
      #expect(throws: StateError.self, "\(text)") { try StateSnapshot(json: Data(text.utf8)) }
    }
  }
}
