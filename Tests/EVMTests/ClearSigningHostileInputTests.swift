import EVM
import Foundation
import Testing
import TxrayCore

/// Broken and hostile descriptor files are rejected with a reason (never a trap), and paths that
/// point nowhere show as unresolved instead of hiding the field.
@Suite struct ClearSigningHostileInputTests {
  static let usdt = "0xdAC17F958D2ee523a2206206994597C13D831ec7"

  /// Writes `files` (name → JSON text) into a fresh directory and loads it.
  static func load(_ files: [String: String]) throws -> ClearSigningRegistry {
    let dir = FileManager.default.temporaryDirectory
      .appendingPathComponent("txray-descriptors-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    for (name, text) in files {
      try Data(text.utf8).write(to: dir.appendingPathComponent(name))
    }
    var registry = ClearSigningRegistry()
    try registry.loadDirectory(dir.path)
    return registry
  }

  static func descriptor(fields: String, includes: String? = nil) -> String {
    let include = includes.map { #""includes":"\#($0)","# } ?? ""
    return #"""
      {\#(include)"context":{"contract":{"deployments":[{"chainId":1,"address":"\#(usdt)"}]}},
       "display":{"formats":{"transfer(address to,uint256 value)":{"intent":"Send","fields":\#(fields)}}}}
      """#
  }

  @Test func brokenFilesAreRejectedWithReasons() throws {
    let registry = try Self.load([
      "not-json.json": "{",
      // The ERC-7730 fuzz target's first finding (a leak in Foundation's read of it).
      "empty.json": "",
      "array.json": "[]",
      "self.json": Self.descriptor(fields: "[]", includes: "self.json"),
      "loop-a.json": Self.descriptor(fields: "[]", includes: "loop-b.json"),
      "loop-b.json": Self.descriptor(fields: "[]", includes: "loop-a.json"),
      "missing-include.json": Self.descriptor(fields: "[]", includes: "nowhere.json"),
      "remote.json": Self.descriptor(fields: "[]", includes: "https://example.com/x.json"),
      "bad-key.json":
        #"{"context":{"contract":{"deployments":[{"chainId":1,"address":"\#(Self.usdt)"}]}},"display":{"formats":{"not a function":{}}}}"#,
      "bad-deployment.json":
        #"{"context":{"contract":{"deployments":[{"chainId":"one","address":"0x1"}]}},"display":{"formats":{}}}"#,
    ])
    #expect(registry.descriptors.isEmpty)
    let reasons = Dictionary(registry.rejections.map { ($0.file, $0.message) }) { a, _ in a }
    #expect(reasons.count == 10)
    #expect(reasons["not-json.json"]?.contains("not valid JSON") == true)
    #expect(reasons["empty.json"] == "empty.json is empty")
    #expect(reasons["array.json"] == "must be a JSON object")
    #expect(reasons["self.json"]?.contains("includes itself") == true)
    #expect(reasons["loop-a.json"]?.contains("includes itself") == true)
    #expect(reasons["missing-include.json"]?.contains("cannot read nowhere.json") == true)
    #expect(registry.rejections.first { $0.file == "remote.json" }?.kind == .unsupported)
    #expect(reasons["bad-key.json"]?.contains("no usable display format") == true)
    #expect(reasons["bad-deployment.json"]?.contains("deployments[0]") == true)
  }

  @Test func unresolvablePathsShowInsteadOfHiding() throws {
    let fields = #"""
      [{"path":"value.[5:1]","label":"Slice"},{"path":"nothing","label":"Missing"},
       {"path":"to.[-99]","label":"Index"},{"$ref":"$.display.definitions.absent","path":"value","label":"Ref"},
       {"path":"value","label":"Enum","format":"enum","params":{"$ref":"$.metadata.enums.none"}},
       {"path":"[[[","label":"Garbage"}]
      """#
    let registry = try Self.load(["t.json": Self.descriptor(fields: fields)])
    let clearSigning = ClearSigning(registry: registry)
    let function = try ABIFunction(parsing: "transfer(address to,uint256 value)")
    let to = try #require(Address(hex: Self.usdt))
    let calldata = try ABIEncoder.encodeCall(function, [.address(to), .uint(5)])
    let described = try #require(
      clearSigning.describe(calldata: calldata, in: .init(chainId: 1, to: to)))
    #expect(
      described.fields.map(\.label) == ["Slice", "Missing", "Index", "Ref", "Enum", "Garbage"])
    #expect(described.fields[0].value.hasPrefix("unresolved"))
    #expect(described.fields[1].value.hasPrefix("unresolved"))
    #expect(described.fields[3].value == "5")
    #expect(described.fields[4].value == "5")
    #expect(described.fields[5].value.hasPrefix("unresolved"))
    // Truncated calldata does not decode as the declaration, so nothing is claimed.
    #expect(
      clearSigning.describe(calldata: Array(calldata.prefix(20)), in: .init(chainId: 1, to: to))
        == nil)
  }

  @Test func selfReferencingDefinitionStops() throws {
    let looping = #"""
      {"context":{"contract":{"deployments":[{"chainId":1,"address":"0xdAC17F958D2ee523a2206206994597C13D831ec7"}]}},
       "display":{"definitions":{"loop":{"label":"L","fields":[{"$ref":"$.display.definitions.loop"}]}},
         "formats":{"transfer(address to,uint256 value)":{"intent":"Send",
           "fields":[{"$ref":"$.display.definitions.loop"},{"path":"value","label":"Value"}]}}}}
      """#
    let registry = try Self.load(["loop.json": looping])
    let clearSigning = ClearSigning(registry: registry)
    let function = try ABIFunction(parsing: "transfer(address to,uint256 value)")
    let to = try #require(Address(hex: Self.usdt))
    let calldata = try ABIEncoder.encodeCall(function, [.address(to), .uint(7)])
    let described = try #require(
      clearSigning.describe(calldata: calldata, in: .init(chainId: 1, to: to)))
    #expect(described.fields.map(\.value) == ["7"])
  }
}
