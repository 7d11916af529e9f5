import Foundation
import Testing

/// Each bound of the man page's RESOURCE LIMITS, met just past the bound: one line on stderr
/// naming it and a non-zero exit, and just within it, no complaint about that bound. The RPC
/// answer bounds and the wall time over RPC are met by HostileNodeCommandTests; NEAR's memory and
/// receipt bounds by NEARTests' HostileContractTests.
@Suite struct ResourceLimitTests {
  static let transaction = TxrayProcess.sample("erc20-transfer.hex")

  /// A fresh directory for one test's files.
  static func directory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "txray-limits-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  static func write(_ text: String, to url: URL) throws {
    try Data(text.utf8).write(to: url)
  }

  /// One line beginning "txray: " holding `expected`.
  static func expectOneLine(
    _ result: TxrayProcess.Result, status: Int32, _ expected: String,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    #expect(result.status == status, "\(result.stderr)", sourceLocation: sourceLocation)
    #expect(result.stderr.hasPrefix("txray: "), sourceLocation: sourceLocation)
    #expect(
      result.stderr.filter { $0 == "\n" }.count == 1, "\(result.stderr)",
      sourceLocation: sourceLocation)
    #expect(result.stderr.contains(expected), "\(result.stderr)", sourceLocation: sourceLocation)
  }

  @Test func inputOneByteOver8MiB() throws {
    let dir = try Self.directory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let over = dir.appendingPathComponent("over.txt")
    try Self.write(String(repeating: "a", count: (8 << 20) + 1), to: over)
    Self.expectOneLine(
      try TxrayProcess.run(["--no-model", over.path]), status: 2, "larger than 8 MiB")
    let at = dir.appendingPathComponent("at.txt")
    try Self.write(String(repeating: "a", count: 8 << 20), to: at)
    let within = try TxrayProcess.run(["--no-model", at.path])
    #expect(within.status == 2)
    #expect(!within.stderr.contains("larger than"), "\(within.stderr)")
  }

  /// samples/request.json with one more member nested `depth` levels (the request is one).
  static func request(nesting depth: Int) throws -> String {
    let text = try String(
      contentsOfFile: TxrayProcess.sample("request.json"), encoding: .utf8)
    let body = text.trimmingCharacters(in: .whitespacesAndNewlines).dropLast()
    let nested =
      String(repeating: "[", count: depth - 1) + String(repeating: "]", count: depth - 1)
    return body + #", "extra": "# + nested + "}"
  }

  @Test func aRequestNested33LevelsDeep() throws {
    let dir = try Self.directory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let over = dir.appendingPathComponent("over.json")
    try Self.write(try Self.request(nesting: 33), to: over)
    Self.expectOneLine(
      try TxrayProcess.run(["--no-model", over.path]), status: 2,
      "nests deeper than 32 levels")
    let at = dir.appendingPathComponent("at.json")
    try Self.write(try Self.request(nesting: 32), to: at)
    #expect(!(try TxrayProcess.run(["--no-model", at.path]).stderr.contains("nests deeper")))
  }

  @Test func aTimeoutPastAnHour() throws {
    Self.expectOneLine(
      try TxrayProcess.run(["--no-model", "--timeout", "3601", Self.transaction]), status: 2,
      "--timeout must be more than 0 and at most 3600 seconds")
  }

  @Test func gasPastTheOsakaCap() throws {
    let dir = try Self.directory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let request = try String(
      contentsOfFile: TxrayProcess.sample("request.json"), encoding: .utf8)
    let file = dir.appendingPathComponent("gas.json")
    try Self.write(
      request.replacingOccurrences(of: #""gas": "0xea60""#, with: #""gas": "0x1000001""#),
      to: file)
    Self.expectOneLine(
      try TxrayProcess.run([
        "--no-model", "--state", TxrayProcess.sample("request.state.json"), file.path,
      ]), status: 3, "gas limit 16777217 above the per-transaction cap 16777216 (EIP-7825)")
  }

  @Test func moreThan10000DescriptorFiles() throws {
    let dir = try Self.directory()
    defer { try? FileManager.default.removeItem(at: dir) }
    for index in 0...10_000 {
      try Self.write("{}", to: dir.appendingPathComponent("d\(index).json"))
    }
    Self.expectOneLine(
      try TxrayProcess.run(["--no-model", "--descriptors", dir.path, Self.transaction]),
      status: 2, "holds more than 10000 JSON files")
  }

  @Test func aDescriptorOver1MiBIsSkippedWithAWarning() throws {
    let dir = try Self.directory()
    defer { try? FileManager.default.removeItem(at: dir) }
    try Self.write(
      #"{"x": ""# + String(repeating: "a", count: 1 << 20) + #""}"#,
      to: dir.appendingPathComponent("big.json"))
    Self.expectOneLine(
      try TxrayProcess.run(["--no-model", "--descriptors", dir.path, Self.transaction]),
      status: 0, "warning: skipped descriptor big.json: big.json is larger than 1 MiB")
  }

  @Test func anAddressBookOver4MiB() throws {
    let dir = try Self.directory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let book = dir.appendingPathComponent("txray/addressbook.json")
    try FileManager.default.createDirectory(
      at: book.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Self.write(#"{"x": ""# + String(repeating: "a", count: 4 << 20) + #""}"#, to: book)
    Self.expectOneLine(
      try TxrayProcess.run(
        ["--no-model", Self.transaction], environment: ["XDG_CONFIG_HOME": dir.path]),
      status: 2, "is larger than 4 MiB")
  }

  @Test func anABIFileOver16MiB() throws {
    let dir = try Self.directory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let abi = dir.appendingPathComponent("abi.json")
    try Self.write("[" + String(repeating: " ", count: 16 << 20) + "]", to: abi)
    Self.expectOneLine(
      try TxrayProcess.run(["--no-model", "--abi", abi.path, Self.transaction]), status: 2,
      "file is larger than 16 MiB")
  }
}
