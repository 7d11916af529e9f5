import EVM
import Foundation
import Testing
import TxrayCore

/// JSON ABI files as Solidity, Hardhat and Foundry write them, and the errors for broken ones.
@Suite struct ABIUserFileTests {
  static let abiJSON = """
    [
      {"type": "event", "name": "Swap", "inputs": []},
      {"type": "constructor", "inputs": [{"name": "owner", "type": "address"}]},
      {"type": "function", "name": "fill", "stateMutability": "payable",
       "inputs": [
         {"name": "orders", "type": "tuple[2][]", "internalType": "struct Order[2][]",
          "components": [
            {"name": "maker", "type": "address"},
            {"name": "legs", "type": "tuple[]",
             "components": [{"name": "token", "type": "address"}, {"name": "amount", "type": "uint96"}]}
          ]},
         {"name": "memo", "type": "string"}
       ],
       "outputs": [{"name": "", "type": "bool"}]},
      {"name": "legacy", "inputs": [{"name": "x", "type": "uint"}]}
    ]
    """

  @Test func readsFunctionsWithNestedTupleComponents() throws {
    let functions = try ABIJSON.functions(fromJSON: Array(Self.abiJSON.utf8))
    #expect(
      functions.map(\.signature) == [
        "fill((address,(address,uint96)[])[2][],string)", "legacy(uint256)",
      ])
    #expect(functions[0].inputs[0].internalType == "struct Order[2][]")
    #expect(functions[0].inputs[0].components.map(\.name) == ["maker", "legs"])
  }

  /// Custom errors are kept apart from functions, and read revert data a contract returns.
  @Test func customErrorsDecodeRevertData() throws {
    let json = """
      [{"type": "error", "name": "InsufficientBalance",
        "inputs": [{"name": "available", "type": "uint256"}, {"name": "required", "type": "uint256"}]},
       {"type": "function", "name": "withdraw", "inputs": [{"name": "amount", "type": "uint256"}]}]
      """
    let entries = try ABIJSON.entries(fromJSON: Array(json.utf8))
    #expect(entries.functions.map(\.signature) == ["withdraw(uint256)"])
    #expect(entries.errors.map(\.signature) == ["InsufficientBalance(uint256,uint256)"])
    let error = try #require(entries.errors.first)
    let data =
      error.selector + UInt256(7).bigEndianBytes + UInt256(1_000).bigEndianBytes
    #expect(
      RevertReason.decode(data, errors: entries.errors).reason
        == "InsufficientBalance(available=7, required=1000)")
    // Without the ABI the selector names nothing txray knows.
    #expect(RevertReason.decode(data).reason == nil)

    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("txray-abi-errors-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    try Data(json.utf8).write(to: directory.appendingPathComponent("vault.json"))
    let user = try UserABI.load(files: [], directory: directory.path)
    #expect(user.errors.map(\.signature) == ["InsufficientBalance(uint256,uint256)"])
  }

  @Test func readsBuildArtifacts() throws {
    let artifact = "{\"contractName\": \"X\", \"abi\": \(Self.abiJSON)}"
    #expect(try ABIJSON.functions(fromJSON: Array(artifact.utf8)).count == 2)
  }

  @Test func malformedFilesSayWhereAndWhat() {
    let cases: [(String, String)] = [
      ("not json", "not valid JSON"),
      ("{\"a\": 1}", "expected a JSON array (an ABI) or an object with an \"abi\" array"),
      ("[1]", "[0]: ABI entry is not an object"),
      ("[{\"type\": \"function\"}]", "[0]: function has no \"name\""),
      (
        "[{\"type\": \"function\", \"name\": \"f\", \"inputs\": [{\"type\": \"uint7\"}]}]",
        "[0].inputs[0].type: unknown type \"uint7\""
      ),
      (
        "[{\"type\": \"function\", \"name\": \"f\", \"inputs\": [{\"type\": \"tuple\"}]}]",
        "[0].inputs[0]: tuple has no \"components\""
      ),
      (
        "[{\"type\": \"function\", \"name\": \"f\", \"inputs\": [{\"name\": \"x\"}]}]",
        "[0].inputs[0]: parameter has no \"type\" string"
      ),
    ]
    for (json, expected) in cases {
      #expect {
        try ABIJSON.functions(fromJSON: Array(json.utf8))
      } throws: { error in
        (error as? ABIError)?.description == expected
      }
    }
  }

  @Test func loadsFilesAndTheConfigDirectory() throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("txray-abi-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let contract = "0x00000000000000000000000000000000000000aA"
    try Data(
      "[{\"type\":\"function\",\"name\":\"poke\",\"inputs\":[{\"name\":\"n\",\"type\":\"uint8\"}]}]"
        .utf8
    ).write(to: directory.appendingPathComponent("\(contract).json"))
    try Data(Self.abiJSON.utf8).write(to: directory.appendingPathComponent("shared.json"))
    try Data("ignored".utf8).write(to: directory.appendingPathComponent("notes.txt"))

    let abi = try UserABI.load(files: [], directory: directory.path)
    #expect(abi.functions.count == 2)
    let address = try #require(Address(hex: contract))
    #expect(abi.contractFunctions[address]?.map(\.signature) == ["poke(uint8)"])
    let poke = ABIFunction.selector(of: "poke(uint8)")
    #expect(abi.functions(selector: poke, contract: address).count == 1)
    #expect(abi.functions(selector: poke, contract: nil).isEmpty)

    // A missing directory is fine; a broken file names itself.
    #expect(try UserABI.load(files: [], directory: directory.path + "/none").isEmpty)
    let broken = directory.appendingPathComponent("broken.json")
    try Data("[".utf8).write(to: broken)
    #expect {
      try UserABI.load(files: [], directory: directory.path)
    } throws: { error in
      (error as? ABIError)?.description == "ABI file '\(broken.path)': not valid JSON"
    }
    #expect(throws: ABIError.self) {
      try UserABI.load(files: ["/nonexistent.json"], directory: nil)
    }
  }

  @Test func defaultDirectoryFollowsXDG() {
    #expect(
      UserABI.defaultDirectory(environment: ["XDG_CONFIG_HOME": "/c", "HOME": "/h"])
        == "/c/txray/abi")
    #expect(UserABI.defaultDirectory(environment: ["HOME": "/h"]) == "/h/.config/txray/abi")
    #expect(UserABI.defaultDirectory(environment: [:]) == nil)
  }
}
