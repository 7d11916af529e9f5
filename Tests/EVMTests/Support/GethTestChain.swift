import EVM
import Foundation
import TxrayCore

/// geth's JSON-RPC test chain (execution-apis): the blocks in `chain.rlp.hex` and the
/// request/response transcripts recorded against them.
enum GethTestChain {
  struct MinedTransaction {
    var raw: [UInt8]
    var blockNumber: Int
    var fork: Fork
  }

  static let chainId: UInt256 = 3_503_995_874_084_926

  /// Every transaction of every block, with the fork its block ran under (forkenv.json: forks by
  /// block number up to the merge at 36, then by timestamp).
  static func minedTransactions() throws -> [MinedTransaction] {
    let hex = try String(contentsOf: SharedTestData.url("evm-rpc/chain.rlp.hex"), encoding: .utf8)
    let bytes = try Hex.decode(hex.trimmingCharacters(in: .whitespacesAndNewlines))
    var chain = RLPDecoder(bytes)
    var mined: [MinedTransaction] = []
    while !chain.isAtEnd {
      var block = try chain.readList("block")
      var header = try block.readList("header")
      var fields: [ArraySlice<UInt8>] = []
      while !header.isAtEnd {
        let item = try header.readHeader()
        fields.append(bytes[item.payload])
      }
      let number = Int(bigEndian: fields[8])
      let fork = fork(block: number, timestamp: Int(bigEndian: fields[11]))
      var transactions = try block.readList("transactions")
      while !transactions.isAtEnd {
        // A legacy transaction is an RLP list; a typed one an RLP string holding type || rlp.
        let item = try transactions.readHeader()
        let raw = item.isList ? bytes[item.offset..<item.payload.upperBound] : bytes[item.payload]
        mined.append(MinedTransaction(raw: Array(raw), blockNumber: number, fork: fork))
      }
    }
    return mined
  }

  static func fork(block: Int, timestamp: Int) -> Fork {
    let byTimestamp: [(Int, Fork)] = [
      (480, .osaka), (450, .prague), (420, .cancun), (390, .shanghai),
    ]
    if let (_, fork) = byTimestamp.first(where: { timestamp >= $0.0 }) { return fork }
    let byNumber: [(Int, Fork)] = [
      (36, .paris), (27, .london), (24, .berlin), (18, .istanbul), (15, .petersburg),
      (12, .constantinople), (9, .byzantium), (6, .spuriousDragon), (3, .tangerineWhistle),
    ]
    return byNumber.first { block >= $0.0 }?.1 ?? .homestead
  }

  /// Each transcript as (request, response) JSON objects.
  static func exchanges() throws -> [(request: [String: Any], response: [String: Any])] {
    let root = SharedTestData.url("evm-rpc")
    let files =
      FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)?
      .compactMap { $0 as? URL }.filter { $0.pathExtension == "io" } ?? []
    var exchanges: [(request: [String: Any], response: [String: Any])] = []
    for file in files.sorted(by: { $0.path < $1.path }) {
      var request: [String: Any]?
      for line in try String(contentsOf: file, encoding: .utf8).split(separator: "\n") {
        let object = try? JSONSerialization.jsonObject(with: Data(line.dropFirst(3).utf8))
        if line.hasPrefix(">> ") {
          request = object as? [String: Any]
        } else if line.hasPrefix("<< "), let request, let response = object as? [String: Any] {
          exchanges.append((request, response))
        }
      }
    }
    return exchanges
  }

  /// Transaction objects anywhere in the responses (they carry hash, from, nonce and input).
  static func reportedTransactions() throws -> [String: [String: Any]] {
    var found: [String: [String: Any]] = [:]
    func visit(_ value: Any) {
      if let object = value as? [String: Any] {
        if let hash = object["hash"] as? String, object["from"] is String,
          object["nonce"] is String, object["input"] is String
        {
          found[hash.lowercased()] = object
        }
        object.values.forEach(visit)
      } else if let array = value as? [Any] {
        array.forEach(visit)
      }
    }
    for exchange in try exchanges() {
      visit(exchange.response)
    }
    return found
  }
}

extension Int {
  /// A small big-endian number from a header field.
  fileprivate init(bigEndian bytes: ArraySlice<UInt8>) {
    self = bytes.reduce(0) { $0 << 8 | Int($1) }
  }
}
