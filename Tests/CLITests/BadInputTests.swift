import Foundation
import Testing

/// Every malformed input ends with one clear line on stderr, exit code 2 and nothing on stdout.
@Suite struct BadInputTests {
  static let sampleHex: String = {
    let path = TxrayProcess.sample("eip1559-eth-transfer.hex")
    return ((try? String(contentsOfFile: path, encoding: .utf8)) ?? "")
      .trimmingCharacters(in: .whitespacesAndNewlines)
  }()

  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var stdin: [UInt8]
    var expected: String
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(name: "empty stdin", stdin: [], expected: "empty"),
    Case(name: "whitespace only", stdin: Array(" \n\t\n".utf8), expected: "empty"),
    Case(
      name: "bad hex", stdin: Array("0x02zz".utf8),
      expected: "invalid hex character 'z' at offset 4"),
    Case(name: "odd hex", stdin: Array("0x02f".utf8), expected: "odd number of hex digits"),
    Case(name: "bare 0x", stdin: Array("0x".utf8), expected: "no transaction bytes"),
    Case(name: "binary junk", stdin: [0x02, 0xf8, 0x00, 0xff, 0x13], expected: "binary data"),
    Case(name: "not UTF-8", stdin: [0x30, 0x78, 0xff, 0xfe], expected: "not UTF-8"),
    Case(name: "truncated", stdin: Array(sampleHex.dropLast(10).utf8), expected: "byte"),
    Case(name: "trailing bytes", stdin: Array((sampleHex + "00").utf8), expected: "byte"),
    Case(name: "unknown type byte", stdin: Array("0x05c0".utf8), expected: "type"),
    Case(name: "empty typed list", stdin: Array("0x02c0".utf8), expected: "byte"),
    Case(name: "broken JSON", stdin: Array("{\"to\": ".utf8), expected: "request"),
    // A state snapshot given as the transaction: a JSON object that is no request.
    Case(
      name: "snapshot as a request",
      stdin: Array(
        ((try? String(
          contentsOfFile: TxrayProcess.sample("erc20-transfer.state.json"), encoding: .utf8))
          ?? "").utf8),
      expected: "none of a transaction request's fields"),
    Case(
      name: "oversized", stdin: Array(repeating: UInt8(ascii: "a"), count: 9 << 20),
      expected: "larger than"),
    // What people paste where the transaction belongs, named by its size.
    Case(
      name: "a transaction hash",
      stdin: Array("0x695ad02907c9e13ab7c69963f723fa46ac13cd5e2314f61eab2cb2f07b946faa".utf8),
      expected: "32 bytes is a transaction hash's size: txray needs the transaction itself"),
    Case(
      name: "an address", stdin: Array("0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045".utf8),
      expected: "20 bytes is an address, not a transaction"),
    Case(
      name: "a call's data",
      stdin: Array(
        ("0xa9059cbb000000000000000000000000d8da6bf26964af9d7eed9e03e53415d37aa96045"
          + String(repeating: "0", count: 63) + "1").utf8),
      expected: "this reads like a call's data (selector 0xa9059cbb)"),
  ]

  @Test(arguments: cases)
  func rejectedWithOneLine(_ c: Case) throws {
    let result = try TxrayProcess.run([], stdin: Data(c.stdin))
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.hasPrefix("txray: "))
    #expect(result.stderr.filter { $0 == "\n" }.count == 1, "\(result.stderr)")
    #expect(result.stderr.contains(c.expected), "\(result.stderr)")
  }

  @Test func controlCharactersNeverReachTheTerminal() throws {
    let result = try TxrayProcess.run([], stdin: Data("0x02\u{1b}[2J\u{7}".utf8))
    #expect(result.status == 2)
    #expect(!result.stderr.contains("\u{1b}"))
    #expect(result.stderr.contains("\\x1b"))
  }

  @Test func unknownForkAndOption() throws {
    let fork = try TxrayProcess.run(["--fork", "atlantis", Self.sampleHex])
    #expect(fork.status == 2)
    #expect(fork.stderr.contains("unknown fork 'atlantis'"))
    let option = try TxrayProcess.run(["--frobnicate"])
    #expect(option.status == 2)
    #expect(option.stderr.filter { $0 == "\n" }.count == 1)
  }

  @Test func missingFile() throws {
    let result = try TxrayProcess.run(["--file", "/nonexistent/tx.hex"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("cannot read file"))
  }
}
