import EVM
import Foundation
import Testing
import TxrayCore

/// Vectors produced with eth-account (Python) by another helper: signed, unsigned and request
/// forms of every transaction type, each with its expected decoded fields, sender and hashes.
@Suite struct EthAccountVectorTests {
  static func vectors() throws -> [[String: Any]] {
    let url = try #require(
      Bundle.module.url(
        forResource: "eth-account-vectors", withExtension: "json", subdirectory: "Fixtures"))
    let parsed = try JSONSerialization.jsonObject(with: Data(contentsOf: url))
    return try #require(parsed as? [[String: Any]])
  }

  @Test func everyVectorDecodesToItsExpectedFields() throws {
    let vectors = try Self.vectors()
    #expect(vectors.count >= 40)
    var checked = 0
    for vector in vectors {
      let name = vector["name"] as? String ?? "?"
      let tx: Transaction
      do {
        tx = try decode(vector)
      } catch {
        Issue.record("\(name): decode threw \(error)")
        continue
      }
      var expectation = Expectation(name: name, vector: vector)
      expectation.check(tx)
      checked += 1
    }
    print("eth-account vectors: \(checked)/\(vectors.count) decoded and checked")
  }

  private func decode(_ vector: [String: Any]) throws -> Transaction {
    if vector["format"] as? String == "request" {
      let object = try #require(vector["input"] as? [String: Any])
      let json = try JSONSerialization.data(withJSONObject: object)
      return try TransactionDecoder.decode(jsonRequest: String(decoding: json, as: UTF8.self))
    }
    return try TransactionDecoder.decode(Hex.decode(vector["input"] as? String ?? ""))
  }
}

/// Compares one decoded transaction with the vector's expected values, naming the vector and
/// field in every failure.
private struct Expectation {
  let name: String
  let vector: [String: Any]

  mutating func check(_ tx: Transaction) {
    equal("type", Int(tx.type.rawValue), vector["type"] as? Int)
    equal("format", tx.format.rawValue, vector["format"] as? String)
    equal("sender", tx.from?.lowercaseHex, lower(vector["sender"]))
    equal("hash", tx.hash.map { Hex.encode($0) }, lower(vector["hash"]))
    equal("signingHash", Hex.encode(tx.signingHash), lower(vector["signingHash"]))
    equal("chainId", tx.chainId?.decimalString, vector["chainId"] as? String)
    equal("nonce", tx.nonce.decimalString, vector["nonce"] as? String)
    equal("to", tx.to?.lowercaseHex, lower(vector["to"]))
    equal("value", tx.value.decimalString, vector["value"] as? String)
    equal("gasLimit", tx.gasLimit.decimalString, vector["gasLimit"] as? String)
    optional("gasPrice", tx.gasPrice)
    optional("maxFeePerGas", tx.maxFeePerGas)
    optional("maxPriorityFeePerGas", tx.maxPriorityFeePerGas)
    optional("maxFeePerBlobGas", tx.maxFeePerBlobGas)
    equal("data", Hex.encode(tx.data), lower(vector["data"]))
    checkAccessList(tx.accessList)
    let hashes = (vector["blobVersionedHashes"] as? [String] ?? []).map { $0.lowercased() }
    equal("blobVersionedHashes", tx.blobVersionedHashes.map { Hex.encode($0) }, hashes)
    checkAuthorizations(tx.authorizationList)
    checkSignature(tx.signature)
    checkSidecar(tx.sidecar)
  }

  private func equal<Value: Equatable>(_ field: String, _ actual: Value?, _ expected: Value?) {
    #expect(actual == expected, "\(name).\(field)")
  }

  private func lower(_ value: Any?) -> String? {
    (value as? String)?.lowercased()
  }

  /// A fee field is compared when the vector has it, and must be absent when it does not.
  private func optional(_ field: String, _ actual: UInt256?) {
    equal(field, actual?.decimalString, vector[field] as? String)
  }

  private func checkAccessList(_ accessList: [AccessListEntry]) {
    let expected = vector["accessList"] as? [[String: Any]] ?? []
    equal("accessList.count", accessList.count, expected.count)
    for (entry, want) in zip(accessList, expected) {
      equal("accessList.address", entry.address.lowercaseHex, lower(want["address"]))
      let keys = (want["storageKeys"] as? [String] ?? []).map { $0.lowercased() }
      equal("accessList.storageKeys", entry.storageKeys.map { Hex.encode($0) }, keys)
    }
  }

  private func checkAuthorizations(_ authorizations: [Authorization]) {
    let expected = vector["authorizationList"] as? [[String: Any]] ?? []
    equal("authorizationList.count", authorizations.count, expected.count)
    for (authorization, want) in zip(authorizations, expected) {
      equal(
        "authorization.chainId", authorization.chainId.decimalString, want["chainId"] as? String)
      equal("authorization.address", authorization.address.lowercaseHex, lower(want["address"]))
      equal("authorization.nonce", authorization.nonce.decimalString, want["nonce"] as? String)
      equal(
        "authorization.yParity", authorization.yParity.decimalString, want["yParity"] as? String)
      equal("authorization.r", authorization.r.decimalString, want["r"] as? String)
      equal("authorization.s", authorization.s.decimalString, want["s"] as? String)
      equal(
        "authorization.authority", authorization.authority?.lowercaseHex, lower(want["authority"]))
    }
  }

  private func checkSignature(_ signature: Signature?) {
    guard let expected = vector["signature"] as? [String: Any] else {
      equal("signature", signature, nil)
      return
    }
    equal("signature.v", signature?.v.decimalString, expected["v"] as? String)
    equal("signature.r", signature?.r.decimalString, expected["r"] as? String)
    equal("signature.s", signature?.s.decimalString, expected["s"] as? String)
  }

  private func checkSidecar(_ sidecar: BlobSidecar?) {
    let isNetworkForm = vector["networkForm"] as? Bool ?? false
    equal("networkForm", sidecar != nil, isNetworkForm)
    guard let expected = vector["sidecar"] as? [String: Any], let sidecar else { return }
    equal("sidecar.blobCount", sidecar.blobCount, expected["blobCount"] as? Int)
    let commitments = (expected["commitments"] as? [String] ?? []).map { $0.lowercased() }
    equal("sidecar.commitments", sidecar.commitments.map { Hex.encode($0) }, commitments)
    let proofs = (expected["proofs"] as? [String] ?? []).map { $0.lowercased() }
    equal("sidecar.proofs", sidecar.proofs.map { Hex.encode($0) }, proofs)
  }
}
