import EVM
import Testing
import TxrayCore

/// EIP-3529's SSTORE table (London on): execution gas and refund counter for two or three
/// SSTOREs to slot 0, with the slot warmed by the access list as the EIP's cases assume.
@Suite struct EIP3529SstoreTests {
  struct Case: Sendable, CustomTestStringConvertible {
    let code: String
    let original: UInt64
    let used: UInt64
    let refund: UInt64
    var testDescription: String { "\(code) original \(original)" }
  }

  static let cases: [Case] = [
    Case(code: "60006000556000600055", original: 0, used: 212, refund: 0),
    Case(code: "60006000556001600055", original: 0, used: 20112, refund: 0),
    Case(code: "60016000556000600055", original: 0, used: 20112, refund: 19900),
    Case(code: "60016000556002600055", original: 0, used: 20112, refund: 0),
    Case(code: "60016000556001600055", original: 0, used: 20112, refund: 0),
    Case(code: "60006000556000600055", original: 1, used: 3012, refund: 4800),
    Case(code: "60006000556001600055", original: 1, used: 3012, refund: 2800),
    Case(code: "60006000556002600055", original: 1, used: 3012, refund: 0),
    Case(code: "60026000556000600055", original: 1, used: 3012, refund: 4800),
    Case(code: "60026000556003600055", original: 1, used: 3012, refund: 0),
    Case(code: "60026000556001600055", original: 1, used: 3012, refund: 2800),
    Case(code: "60026000556002600055", original: 1, used: 3012, refund: 0),
    Case(code: "60016000556000600055", original: 1, used: 3012, refund: 4800),
    Case(code: "60016000556002600055", original: 1, used: 3012, refund: 0),
    Case(code: "60016000556001600055", original: 1, used: 212, refund: 0),
    Case(code: "600160005560006000556001600055", original: 0, used: 40118, refund: 19900),
    Case(code: "600060005560016000556000600055", original: 1, used: 5918, refund: 7600),
  ]

  /// Intrinsic gas of the calls below: 21000 plus one address and one key in the access list.
  static let intrinsic: UInt64 = 21_000 + 2_400 + 1_900

  @Test(arguments: cases)
  func gasAndRefund(_ testCase: Case) throws {
    var chain = TestChain(code: try Hex.decode(testCase.code))
    chain.storage[TestChain.contract] = [0: UInt256(testCase.original)]
    let result = chain.execute(
      accessList: [
        AccessListEntry(
          address: TestChain.contract, storageKeys: [[UInt8](repeating: 0, count: 32)])
      ])
    #expect(result.status == .success)
    let usedBeforeRefund = result.gasUsed + result.gasRefunded
    #expect(usedBeforeRefund == Self.intrinsic + testCase.used)
    // The refund is capped at a fifth of the gas used.
    #expect(result.gasRefunded == min(testCase.refund, usedBeforeRefund / 5))
  }
}
