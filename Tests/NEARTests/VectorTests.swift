import Foundation
import NEAR
import Testing
import TxrayCore

/// txray against transactions nearcore's own types serialized (py-near-primitives) and
/// PyNaCl/coincurve signed: fields, hash, signature verdict and the exact bytes back.
@Suite struct VectorTests {
  @Test func fixtureIsLoaded() {
    #expect(NEARVector.all.count >= 50)
  }

  @Test(arguments: NEARVector.all)
  func decodesLikeNearcore(_ vector: NEARVector) throws {
    let bytes = vector.bytes
    let decoded = try TransactionDecoder.decode(bytes)
    #expect(decoded.format.rawValue == vector.format)
    #expect(decoded.hash.map { Base58.encode($0) } == vector.hash)
    #expect(decoded.signatureValid == vector.signatureValid)
    #expect(decoded.borshBytes == bytes, "re-encoding must give the same bytes")
    #expect(try Base64.decode(vector.base64) == bytes)

    let json = TransactionJSON.object(decoded).serialized
    let object = try #require(
      JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    #expect(matches(vector.expected, object), "\(json)")
    #expect(object["chain"] as? String == "near")
  }

  @Test(arguments: NEARVector.all.filter { $0.rpcViewJSON != nil })
  func readsTheRPCView(_ vector: NEARVector) throws {
    let decoded = try RPCTransactionDecoder.decode(json: try #require(vector.rpcViewJSON))
    #expect(decoded.format == .rpcView)
    #expect(decoded.hash.map { Base58.encode($0) } == vector.hash)
    #expect(decoded.signatureValid == true)
    #expect(decoded.blockHash == nil)
    let object = try #require(
      JSONSerialization.jsonObject(
        with: Data(TransactionJSON.object(decoded).serialized.utf8)) as? [String: Any])
    // The view carries no block hash and shows deployed code by its hash only.
    #expect(matches(vector.expected, object, ignoring: ["blockHash", "codeSize"]))
  }

  @Test func rpcViewWithBlockHashIsRecomputedAndChecked() throws {
    let vector = try #require(NEARVector.all.first { $0.name == "ft-transfer" })
    let text = try #require(vector.rpcViewJSON)
    var view = try #require(
      JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    view["block_hash"] = vector.expected["blockHash"]
    let good = try RPCTransactionDecoder.decode(
      json: String(decoding: try JSONSerialization.data(withJSONObject: view), as: UTF8.self))
    #expect(good.computedHash.map { Base58.encode($0) } == vector.hash)
    view["nonce"] = 1002
    #expect(throws: DecodeError.self) {
      try RPCTransactionDecoder.decode(
        json: String(decoding: try JSONSerialization.data(withJSONObject: view), as: UTF8.self))
    }
  }

  @Test func rpcResponseWrapperIsAccepted() throws {
    let vector = try #require(NEARVector.all.first { $0.name == "transfer" })
    let view = try #require(vector.rpcViewJSON)
    let wrapped = #"{"jsonrpc":"2.0","id":1,"result":{"transaction":"# + view + "}}"
    let decoded = try RPCTransactionDecoder.decode(json: wrapped)
    #expect(decoded.signerId.value == "alice.near")
    #expect(
      decoded.actions == [.transfer(deposit: UInt256(decimalString: "1500000000000000000000000")!)])
  }
}
