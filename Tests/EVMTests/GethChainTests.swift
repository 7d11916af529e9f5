import EVM
import Foundation
import Testing
import TxrayCore

/// Real transactions of every type that geth mined or accepted, checked against what geth
/// itself reported about them.
@Suite struct GethChainTests {
  @Test func everyMinedTransactionDecodesAndIsValidAtItsFork() throws {
    let mined = try GethTestChain.minedTransactions()
    #expect(mined.count > 50)
    var types: Set<UInt8> = []
    for transaction in mined {
      let tx = try TransactionDecoder.decodeSigned(transaction.raw)
      types.insert(tx.type.rawValue)
      let validity = tx.validity(fork: transaction.fork, expectedChainId: GethTestChain.chainId)
      #expect(validity.isValid, "block \(transaction.blockNumber): \(validity.reason ?? "")")
    }
    #expect(types == [0, 1, 2, 3, 4])
    print("geth chain: \(mined.count) mined transactions decoded, types \(types.sorted())")
  }

  @Test func decodedFieldsMatchWhatGethReports() throws {
    let reported = try GethTestChain.reportedTransactions()
    var decoded: [String: Transaction] = [:]
    for transaction in try GethTestChain.minedTransactions() {
      let tx = try TransactionDecoder.decodeSigned(transaction.raw)
      decoded[Hex.encode(tx.hash ?? [])] = tx
    }
    var compared = 0
    for (hash, object) in reported {
      guard let tx = decoded[hash] else { continue }
      compared += 1
      let fields: [(String, String?, String?)] = [
        ("from", tx.from?.lowercaseHex, object["from"] as? String),
        ("to", tx.to?.lowercaseHex, object["to"] as? String),
        ("nonce", tx.nonce.hexString, object["nonce"] as? String),
        ("gas", tx.gasLimit.hexString, object["gas"] as? String),
        ("value", tx.value.hexString, object["value"] as? String),
        ("input", Hex.encode(tx.data), object["input"] as? String),
        ("type", UInt256(UInt64(tx.type.rawValue)).hexString, object["type"] as? String),
        ("chainId", tx.chainId?.hexString, object["chainId"] as? String),
        ("maxFeePerGas", tx.maxFeePerGas?.hexString, object["maxFeePerGas"] as? String),
        ("maxFeePerBlobGas", tx.maxFeePerBlobGas?.hexString, object["maxFeePerBlobGas"] as? String),
        ("v", tx.signature?.v.hexString, object["v"] as? String),
        ("r", tx.signature?.r.hexString, object["r"] as? String),
        ("s", tx.signature?.s.hexString, object["s"] as? String),
      ]
      for (name, actual, expected) in fields {
        #expect(actual == expected, "\(hash).\(name)")
      }
      let hashes = object["blobVersionedHashes"] as? [String] ?? []
      #expect(tx.blobVersionedHashes.map { Hex.encode($0) } == hashes)
      let authorizations = object["authorizationList"] as? [[String: Any]] ?? []
      #expect(
        tx.authorizationList.map(\.address.lowercaseHex)
          == authorizations.map { $0["address"] as? String })
    }
    #expect(compared >= 9)
    print("geth chain: \(compared) transactions compared field by field with geth's reports")
  }

  @Test func rawTransactionsSentToGethHashAsGethReports() throws {
    var checked = 0
    for (request, response) in try GethTestChain.exchanges()
    where request["method"] as? String == "eth_sendRawTransaction" {
      guard let raw = (request["params"] as? [String])?.first,
        let hash = response["result"] as? String
      else { continue }
      let tx = try TransactionDecoder.decodeSigned(Hex.decode(raw))
      #expect(tx.hash.map { Hex.encode($0) } == hash)
      checked += 1
    }
    #expect(checked >= 5)
  }

  /// A request made of a mined transaction's fields must ask the wallet to sign exactly the
  /// digest that transaction was signed over.
  @Test func requestsFromMinedTransactionsSignTheSameDigest() throws {
    let reported = try GethTestChain.reportedTransactions()
    var checked = 0
    for transaction in try GethTestChain.minedTransactions() {
      let tx = try TransactionDecoder.decodeSigned(transaction.raw)
      guard var object = reported[Hex.encode(tx.hash ?? [])] else { continue }
      for key in [
        "hash", "blockHash", "blockNumber", "blockTimestamp", "transactionIndex", "v", "r", "s",
        "yParity",
      ] {
        object[key] = nil
      }
      if tx.type != .legacy && tx.type != .accessList {
        object["gasPrice"] = nil  // geth reports the effective price there
      }
      let json = String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
      let request = try TransactionDecoder.decode(jsonRequest: json)
      #expect(request.format == .request)
      #expect(request.type == tx.type)
      #expect(request.signingHash == tx.signingHash, "type \(tx.type.rawValue)")
      #expect(request.from == tx.from)
      #expect(request.authorizationList == tx.authorizationList)
      checked += 1
    }
    #expect(checked >= 9)
  }
}
