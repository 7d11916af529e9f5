import Foundation
import Testing

/// End-to-end: the `call` the real executable reports for calldata, as text and as JSON.
@Suite struct CallDecodingTests {
  private func json(_ arguments: [String]) throws -> [String: Any] {
    let result = try TxrayProcess.run(arguments)
    #expect(result.status == 0, "\(result.stderr)")
    let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
    return try #require(object as? [String: Any])
  }

  @Test func unlimitedApprovalIsDecodedFromTheRegistry() throws {
    let object = try json(["--json", TxrayProcess.sample("erc20-approve-unlimited.hex")])
    let call = try #require(object["call"] as? [String: Any])
    #expect(call["selector"] as? String == "0x095ea7b3")
    #expect(call["signature"] as? String == "approve(address,uint256)")
    #expect(call["intent"] as? String == "Approve token spending")
    #expect(call["source"] as? String == "registry")
    let arguments = try #require(call["arguments"] as? [[String: Any]])
    #expect(arguments.map { $0["name"] as? String } == ["spender", "amount"])
    #expect(arguments.map { $0["type"] as? String } == ["address", "uint256"])
    #expect(arguments[0]["value"] as? String == "0x000000000022D473030F116dDEE9F6B43aC78BA3")
    #expect(
      arguments[1]["value"] as? String
        == "115792089237316195423570985008687907853269984665640564039457584007913129639935")
    #expect((call["calls"] as? [Any])?.isEmpty == true)
  }

  @Test func approvalTextNamesFunctionAndArguments() throws {
    let result = try TxrayProcess.run([
      "explain", TxrayProcess.sample("erc20-approve-unlimited.hex"),
    ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      result.stdout.contains(
        "approve(address spender, uint256 amount): Approve token spending (bundled registry)"))
    #expect(result.stdout.contains("spender     0x000000000022D473030F116dDEE9F6B43aC78BA3"))
  }

  @Test func universalRouterCommandsAreNestedCalls() throws {
    let object = try json(["--json", TxrayProcess.sample("uniswap-universal-router-swap.hex")])
    let call = try #require(object["call"] as? [String: Any])
    #expect(call["signature"] as? String == "execute(bytes,bytes[],uint256)")
    let calls = try #require(call["calls"] as? [[String: Any]])
    #expect(
      calls.map { $0["function"] as? String } == [
        "WRAP_ETH", "V3_SWAP_EXACT_IN", "PAY_PORTION", "SWEEP",
      ])
    #expect(calls.map { $0["selector"] as? String } == ["0x0b", "0x00", "0x06", "0x04"])
    let swap = try #require(calls[1]["arguments"] as? [[String: Any]])
    #expect(
      swap.first { $0["name"] as? String == "amountIn" }?["value"] as? String
        == "1000000000000000000")

    let text = try TxrayProcess.run([
      "explain", TxrayProcess.sample("uniswap-universal-router-swap.hex"),
    ])
    #expect(text.stdout.contains("    call 2          V3_SWAP_EXACT_IN("))
    #expect(text.stdout.contains("(fee 0.05%)"))
  }

  @Test func noCalldataOrContractCreationHasNullCall() throws {
    for sample in ["eip1559-eth-transfer.hex", "contract-creation.hex"] {
      let object = try json(["--json", TxrayProcess.sample(sample)])
      #expect(object["call"] is NSNull, "\(sample)")
    }
  }

  @Test func userABIOutranksTheRegistry() throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("txray-cli-abi-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let abi = directory.appendingPathComponent("usdc.json")
    try Data(
      """
      [{"type":"function","name":"approve","inputs":[
        {"name":"delegate","type":"address"},{"name":"limit","type":"uint256"}]}]
      """.utf8
    ).write(to: abi)
    let object = try json([
      "--json", "--abi", abi.path, TxrayProcess.sample("erc20-approve-unlimited.hex"),
    ])
    let call = try #require(object["call"] as? [String: Any])
    #expect(call["source"] as? String == "abi")
    #expect(call["intent"] as? String == "Approve token spending")
    let arguments = try #require(call["arguments"] as? [[String: Any]])
    #expect(arguments.map { $0["name"] as? String } == ["delegate", "limit"])
  }

  @Test func malformedABIFileIsOneLineAndExitTwo() throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("txray-cli-bad-abi-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let abi = directory.appendingPathComponent("bad.json")
    try Data("[{\"type\":\"function\",\"name\":\"f\",\"inputs\":[{\"type\":\"uint7\"}]}]".utf8)
      .write(to: abi)
    let result = try TxrayProcess.run([
      "--abi", abi.path, TxrayProcess.sample("erc20-approve-unlimited.hex"),
    ])
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    #expect(
      result.stderr
        == "txray: bad input: ABI file '\(abi.path)': [0].inputs[0].type: unknown type \"uint7\"\n")

    let missing = try TxrayProcess.run([
      "--abi", directory.appendingPathComponent("none.json").path,
      TxrayProcess.sample("erc20-approve-unlimited.hex"),
    ])
    #expect(missing.status == 2)
    #expect(missing.stderr.split(separator: "\n").count == 1)
  }
}
