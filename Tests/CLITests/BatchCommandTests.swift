import Foundation
import Testing

/// `txray batch`: one record per input line, in order, errors as records, nothing lost.
@Suite struct BatchCommandTests {
  static let sampleNames = [
    "eip1559-eth-transfer.hex", "erc20-approve-unlimited.hex", "legacy-no-chainid.hex",
    "eip7702-delegation.hex", "contract-creation.hex", "unsigned-eip1559.hex",
  ]

  static func sampleLine(_ name: String) -> String {
    ((try? String(contentsOfFile: TxrayProcess.sample(name), encoding: .utf8)) ?? "")
      .trimmingCharacters(in: .whitespacesAndNewlines)
  }

  static func records(_ stdout: String) throws -> [[String: Any]] {
    try stdout.split(separator: "\n").map {
      try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
    }
  }

  /// A file like a real audit queue: transactions, comments, blank lines and garbage mixed.
  @Test func everyLineGetsOneRecordInOrder() throws {
    var lines: [String] = ["# exported queue", ""]
    for name in Self.sampleNames { lines.append(Self.sampleLine(name)) }
    lines += [
      "0xzz", "   ", "0x02c0", "# done", String(Self.sampleLine(Self.sampleNames[0]).dropLast(6)),
    ]
    lines.append("{\"to\": 5}")
    let result = try TxrayProcess.run(
      ["batch", "-"], stdin: Data(lines.joined(separator: "\n").utf8))
    let records = try Self.records(result.stdout)
    let expectedLines = lines.enumerated().filter {
      let t = $0.element.trimmingCharacters(in: .whitespaces)
      return !t.isEmpty && !t.hasPrefix("#")
    }.map { $0.offset + 1 }
    #expect(records.map { $0["line"] as? Int } == expectedLines)
    let errors = records.filter { $0["error"] != nil }
    #expect(errors.map { $0["line"] as? Int } == [9, 11, 13, 14])
    #expect(errors.allSatisfy { ($0["error"] as? String)?.isEmpty == false })
    #expect(result.status == 2, "error records make the exit code 2")
    #expect(
      result.stderr.contains("10 records, 4 errors, 4 blank or comment lines"), "\(result.stderr)")
  }

  /// A queue saved by a Windows editor: a byte order mark before line 1 and CRLF line ends.
  /// Every line reads as it would without them.
  @Test func byteOrderMarkAndCRLFAreNotPartOfTheLines() throws {
    let lines = Self.sampleNames.prefix(3).map(Self.sampleLine)
    let plain = try TxrayProcess.run(
      ["batch", "-"], stdin: Data(lines.joined(separator: "\n").utf8))
    var windows = Data([0xEF, 0xBB, 0xBF])
    windows.append(Data(lines.joined(separator: "\r\n").utf8))
    let result = try TxrayProcess.run(["batch", "-"], stdin: windows)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout == plain.stdout)
    #expect(try Self.records(result.stdout).allSatisfy { $0["error"] == nil })
  }

  /// A queue in UTF-16 (Windows PowerShell's `>`) would make every line an error: the batch
  /// stops at once with one line that says how to convert it.
  @Test func utf16InputIsOneClearLine() throws {
    let line = Self.sampleLine(Self.sampleNames[0])
    let units = line.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    let result = try TxrayProcess.run(["batch", "-"], stdin: Data([0xFF, 0xFE] + units))
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.hasPrefix("txray: bad input: the input is UTF-16 text"))
    #expect(result.stderr.split(separator: "\n").count == 1)
  }

  /// A line whose simulation, asked for, cannot be carried out is a record that says why, and
  /// the batch ends with code 3 as `explain` would: a script must not read "all checked".
  @Test func aLineThatCouldNotBeSimulatedMakesTheExitCode3() throws {
    let polygon =
      #"{"from":"0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266","#
      + #""to":"0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045","chainId":"0x89","value":"0x1"}"#
    let lines = [Self.sampleLine("erc20-transfer.hex"), polygon]
    let result = try TxrayProcess.run(
      ["batch", "--no-model", "--state", TxrayProcess.sample("erc20-transfer.state.json"), "-"],
      stdin: Data(lines.joined(separator: "\n").utf8))
    #expect(result.status == 3, "\(result.stderr)")
    let records = try Self.records(result.stdout)
    #expect(records.count == 2)
    let statuses = records.map {
      (($0["simulation"] as? [String: Any])?["status"] as? String) ?? "none"
    }
    #expect(statuses == ["success", "invalid"])
    #expect(result.stderr.contains("; 1 not simulated"))
    #expect(result.stderr.contains("txray: 1 transaction could not be simulated"))
  }

  @Test func recordsMatchExplainJSON() throws {
    let lines = Self.sampleNames.map(Self.sampleLine)
    let result = try TxrayProcess.run(
      ["batch", "-"], stdin: Data(lines.joined(separator: "\n").utf8))
    #expect(result.status == 0, "\(result.stderr)")
    let records = result.stdout.split(separator: "\n")
    #expect(records.count == lines.count)
    for (index, line) in lines.enumerated() {
      let single = try TxrayProcess.run(["--json", line]).stdout
        .trimmingCharacters(in: .newlines)
      #expect(String(records[index]) == "{\"line\":\(index + 1)," + single.dropFirst())
    }
  }

  @Test func workerCountDoesNotChangeOutput() throws {
    var lines: [String] = []
    for i in 0..<300 {
      lines.append(
        i % 7 == 3 ? "garbage \(i)" : Self.sampleLine(Self.sampleNames[i % Self.sampleNames.count]))
    }
    let input = Data(lines.joined(separator: "\n").utf8)
    let one = try TxrayProcess.run(["batch", "--jobs", "1", "-"], stdin: input)
    let four = try TxrayProcess.run(["batch", "--jobs", "4", "-"], stdin: input)
    #expect(one.stdout.split(separator: "\n").count == 300)
    #expect(one.stdout == four.stdout)
  }

  @Test func textAndMarkdownFormats() throws {
    let input = Data((Self.sampleLine("eip1559-eth-transfer.hex") + "\nnonsense\n").utf8)
    let text = try TxrayProcess.run(["batch", "--format", "text", "-"], stdin: input)
    #expect(text.stdout.hasPrefix("line 1\nEIP-1559 transaction (type 2), signed\n"))
    #expect(text.stdout.contains("line 2\n  error: "))
    let markdown = try TxrayProcess.run(["batch", "--format", "markdown", "-"], stdin: input)
    #expect(markdown.stdout.hasPrefix("## Line 1\n\n    EIP-1559 transaction"))
    #expect(markdown.stdout.contains("## Line 2\n\nError: "))
  }

  @Test func writesToOutputFile() throws {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("txray-batch-\(UUID().uuidString).jsonl").path
    defer { try? FileManager.default.removeItem(atPath: path) }
    let input = Data(Self.sampleLine("eip1559-eth-transfer.hex").utf8)
    let result = try TxrayProcess.run(["batch", "--output", path, "-"], stdin: input)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.isEmpty)
    let written = try String(contentsOfFile: path, encoding: .utf8)
    #expect(written.hasPrefix("{\"line\":1,\"chain\":\"evm\""))
  }

  @Test func overlongAndBinaryLinesAreErrorRecords() throws {
    var input = Data(Self.sampleLine("eip1559-eth-transfer.hex").utf8)
    input.append(contentsOf: [0x0a] + Array(repeating: UInt8(ascii: "a"), count: 9 << 20) + [0x0a])
    input.append(contentsOf: [0x30, 0x78, 0x00, 0x0a, 0xff, 0xfe, 0x0a])
    input.append(Data(Self.sampleLine("legacy-eip155.hex").utf8))
    let result = try TxrayProcess.run(["batch", "-"], stdin: input)
    let records = try Self.records(result.stdout)
    #expect(records.map { $0["line"] as? Int } == [1, 2, 3, 4, 5])
    #expect((records[1]["error"] as? String)?.contains("longer than 8 MiB") == true)
    #expect((records[2]["error"] as? String)?.contains("NUL") == true)
    #expect((records[3]["error"] as? String)?.contains("UTF-8") == true)
    #expect(records[4]["chain"] as? String == "evm")
  }

  @Test func missingFileIsBadInput() throws {
    let result = try TxrayProcess.run(["batch", "/nonexistent/queue.txt"])
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("cannot read file"))
  }

  @Test func aDirectoryIsBadInputNamingIt() throws {
    let directory = FileManager.default.temporaryDirectory.path
    let result = try TxrayProcess.run(["batch", "--no-model", directory])
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr == "txray: bad input: cannot read file '\(directory)': Is a directory\n")
  }

  /// SIGINT while the input is still open: records stream out as they finish, and after the
  /// interrupt every record read so far has been written, in order.
  @Test func interruptFlushesFinishedRecords() throws {
    let process = Process()
    process.executableURL = TxrayProcess.executable
    process.arguments = ["batch", "-"]
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = Pipe()
    try process.run()
    defer { try? input.fileHandleForWriting.close() }
    let lines = Self.sampleNames.map(Self.sampleLine).joined(separator: "\n") + "\n"
    try input.fileHandleForWriting.write(contentsOf: Data(lines.utf8))
    // Records must appear while stdin is still open; wait for all of them (bounded).
    var received = Data()
    let deadline = Date().addingTimeInterval(60)
    while received.filter({ $0 == 0x0a }).count < Self.sampleNames.count && Date() < deadline {
      received.append(output.fileHandleForReading.availableData)
    }
    kill(process.processIdentifier, SIGINT)
    received.append(output.fileHandleForReading.readDataToEndOfFile())
    process.waitUntilExit()
    #expect(process.terminationStatus == 130)
    let records = try Self.records(String(decoding: received, as: UTF8.self))
    #expect(records.map { $0["line"] as? Int } == Array(1...Self.sampleNames.count))
  }
}
