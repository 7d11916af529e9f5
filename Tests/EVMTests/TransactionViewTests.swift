import EVM
import Foundation
import Testing
import TxrayCore

/// Signed transactions as a node shows them, and JSON-RPC envelopes around requests, on geth's
/// recorded answers (../shared/testdata/evm-rpc, the execution-apis tests): every view reads as
/// the signed transaction it is, and a view that contradicts its own signature is refused.
@Suite struct TransactionViewTests {
  /// The `<<` answer line of each of geth's eth_getTransactionByHash transcripts that found one.
  static func gethViews() throws -> [(name: String, answer: String)] {
    let folder = SharedTestData.url("evm-rpc/eth_getTransactionByHash")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    return try names.compactMap { name in
      let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
      guard let line = text.split(separator: "\n").first(where: { $0.hasPrefix("<< ") }),
        line.contains("\"hash\"")
      else { return nil }
      return (name, String(line.dropFirst(3)))
    }
  }

  static func result(_ answer: String) throws -> [String: Any] {
    let object = try JSONSerialization.jsonObject(with: Data(answer.utf8)) as? [String: Any]
    return try #require(object?["result"] as? [String: Any])
  }

  @Test func everyGethViewReadsAsTheSignedTransactionItNames() throws {
    let views = try Self.gethViews()
    // Legacy (a call and two creations), access list, dynamic fee, blob and set-code.
    #expect(views.count == 7)
    var types: Set<TransactionType> = []
    for (name, answer) in views {
      let tx = try TransactionDecoder.decode(jsonRequest: answer)
      let result = try Self.result(answer)
      #expect(tx.format == .signed, "\(name)")
      #expect(tx.hash.map { Hex.encode($0) } == result["hash"] as? String, "\(name)")
      #expect(tx.from?.checksummed.lowercased() == (result["from"] as? String), "\(name)")
      // The bare result reads the same as the whole answer.
      let bare = try JSONSerialization.data(withJSONObject: result)
      let again = try TransactionDecoder.decode(jsonRequest: String(decoding: bare, as: UTF8.self))
      #expect(again.hash == tx.hash, "\(name)")
      types.insert(tx.type)
    }
    #expect(types == [.legacy, .accessList, .dynamicFee, .blob, .setCode])
  }

  /// geth's debug_getRawTransaction gives the raw bytes of one of the viewed transactions: the
  /// view and the bytes are the same transaction.
  @Test func aViewIsTheSameTransactionAsItsRawBytes() throws {
    let transcript = try String(
      contentsOf: SharedTestData.url("evm-rpc/debug_getRawTransaction/get-tx.io"), encoding: .utf8)
    let answer = try #require(transcript.split(separator: "\n").first { $0.hasPrefix("<< ") })
    let object = try JSONSerialization.jsonObject(with: Data(answer.dropFirst(3).utf8))
    let raw = try #require((object as? [String: Any])?["result"] as? String)
    let fromBytes = try TransactionDecoder.decodeSigned(Hex.decode(raw))
    let view = try #require(
      try Self.gethViews().first { $0.name == "get-legacy-create.io" }?.answer)
    let fromView = try TransactionDecoder.decode(jsonRequest: view)
    #expect(fromView == fromBytes)
  }

  @Test(arguments: [
    (#""value":"0x2""#, #""value":"0x3""#, "the view's hash 0x2054"),
    (
      #""from":"0x7435ed30a8b4aeb0877cef0c6e8cffe834eb865f""#,
      #""from":"0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266""#,
      "the view's from 0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266 is not who signed it, "
        + "0x7435ed30A8b4AEb0877CEf0c6E8cFFe834eb865f"
    ),
    // A mistyped name drops a signed field, and the hash no longer matches.
    (#""to":"#, #""To":"#, "the view's hash 0x2054"),
    (
      #""nonce":"0x"#, #""nonce_":"0x"#,
      "a signed transaction states every field; this one has no nonce"
    ),
  ])
  func aViewThatContradictsItselfIsRefused(field: String, replacement: String, message: String)
    throws
  {
    let view = try #require(try Self.gethViews().first { $0.name == "get-dynamic-fee.io" }?.answer)
    let changed = view.replacingOccurrences(of: field, with: replacement)
    #expect(changed != view)
    let error = #expect(throws: DecodeError.self) {
      try TransactionDecoder.decode(jsonRequest: changed)
    }
    #expect(error?.message.hasPrefix(message) == true, "\(error?.message ?? "")")
  }

  /// Names a transaction does not sign (an L2 node's own, a renamed block field) are left out
  /// of a view: its hash proves the rest.
  @Test func namesAViewDoesNotSignAreLeftOut() throws {
    let view = try #require(try Self.gethViews().first { $0.name == "get-dynamic-fee.io" }?.answer)
    let extended = view.replacingOccurrences(
      of: #""blockHash""#, with: #""l1BatchNumber":"0x7","BlockHash""#)
    #expect(extended != view)
    let tx = try TransactionDecoder.decode(jsonRequest: extended)
    #expect(tx == (try TransactionDecoder.decode(jsonRequest: view)))
  }

  static let from = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"

  /// Names a request does not have are refused: read as absent, "To" or an EIP-5792 batch would
  /// be a contract creation, and another method's params are not a transaction.
  @Test(arguments: [
    (
      #"{"from":"\#(from)","To":"0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045","value":"0x1"}"#,
      #""To" is not a transaction field; field names are case-sensitive: "to""#
    ),
    (
      #"{"method":"wallet_sendCalls","params":[{"version":"2.0.0","chainId":"0x1","calls":[]}]}"#,
      "txray reads eth_sendTransaction, eth_signTransaction, eth_sendRawTransaction and "
        + #"eth_signTypedData calls, not "wallet_sendCalls""#
    ),
    (
      #"{"version":"2.0.0","chainId":"0x1","from":"\#(from)","calls":[{"value":"0x1"}]}"#,
      #""calls" is a wallet_sendCalls batch (EIP-5792)"#
    ),
    (
      #"{"method":"personal_sign","params":["0x48656c6c6f","\#(from)"]}"#,
      #"txray reads eth_sendTransaction"#
    ),
    (#"{"method":"eth_sendRawTransaction","params":[{}]}"#, "params[0] of eth_sendRawTransaction"),
    (#"{"jsonrpc":"2.0","id":1,"result":null}"#, "the JSON-RPC answer's result is null"),
  ])
  func namesNoRequestHasAreRefused(json: String, message: String) {
    let error = #expect(throws: DecodeError.self) {
      try TransactionDecoder.decode(jsonRequest: json)
    }
    #expect(error?.message.hasPrefix(message) == true, "\(error?.message ?? "")")
  }

  /// eth_sendRawTransaction's param is the raw transaction, read as raw bytes are; it must be
  /// signed.
  @Test func sendRawTransactionCallsReadTheirRawTransaction() throws {
    let folder = SharedTestData.url("evm-rpc/eth_sendRawTransaction")
    var read = 0
    for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() {
      let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
      let call = try #require(text.split(separator: "\n").first { $0.hasPrefix(">> ") })
      let object = try JSONSerialization.jsonObject(with: Data(call.dropFirst(3).utf8))
      let raw = try #require(((object as? [String: Any])?["params"] as? [Any])?.first as? String)
      let tx = try TransactionDecoder.decode(jsonRequest: String(call.dropFirst(3)))
      #expect(tx == (try TransactionDecoder.decodeSigned(Hex.decode(raw))), "\(name)")
      read += 1
    }
    #expect(read == 5)
  }
}
