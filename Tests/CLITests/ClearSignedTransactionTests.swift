import Foundation
import Testing

/// A transaction whose contract has an ERC-7730 descriptor shows the descriptor's intent and
/// formatted fields, here Tether's own descriptor from the public registry.
@Suite struct ClearSignedTransactionTests {
  static let tetherDescriptors = TxrayProcess.packageRoot
    .appendingPathComponent("../shared/testdata/erc7730/registry/tether").standardized.path

  static let unlimitedApproval = """
    {"from":"0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266",
     "to":"0xdAC17F958D2ee523a2206206994597C13D831ec7","chainId":"0x1","nonce":"0x1",
     "gas":"0xea60","maxFeePerGas":"0x6fc23ac00","maxPriorityFeePerGas":"0x3b9aca00",
     "data":"0x095ea7b3000000000000000000000000d8da6bf26964af9d7eed9e03e53415d37aa96045ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"}
    """

  @Test func descriptorFieldsReachJSONAndText() throws {
    let json = try TxrayProcess.run(
      ["--json", "--descriptors", Self.tetherDescriptors], stdin: Data(Self.unlimitedApproval.utf8))
    #expect(json.status == 0, "\(json.stderr)")
    let object = try #require(
      JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    let clearSigning = try #require(object["clearSigning"] as? [String: Any])
    #expect(clearSigning["intent"] as? String == "Approve")
    let fields = try #require(clearSigning["fields"] as? [[String: Any]])
    #expect(fields.map { $0["label"] as? String } == ["Spender", "Amount"])
    #expect(fields.last?["value"] as? String == "Unlimited USDT")
    #expect((object["call"] as? [String: Any])?["source"] as? String == "descriptor")

    let text = try TxrayProcess.run(
      ["--descriptors", Self.tetherDescriptors], stdin: Data(Self.unlimitedApproval.utf8))
    #expect(text.stdout.contains("descriptor    calldata-usdt.json (Tether Limited)"))
    #expect(text.stdout.contains("Amount      Unlimited USDT"))
  }

  @Test func noDescriptorMeansNullClearSigning() throws {
    let result = try TxrayProcess.run(["--json", TxrayProcess.sample("erc20-transfer.hex")])
    let object = try #require(
      JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect(object["clearSigning"] is NSNull)
  }
}
