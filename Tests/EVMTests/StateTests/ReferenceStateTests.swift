import EVM
import Foundation
import Testing

/// The shared Ethereum reference state tests (GeneralStateTests, the Osaka suite and the
/// EIP-2537 BLS12-381 suite) through the executor: every entry must pass.
///
/// Files run in parallel across all cores (`StateTestSuite`), which keeps the debug build within
/// CI's budget.
struct ReferenceStateTests {
  static let suites = ["GeneralStateTests", "osaka", "EIPTests/stEIP2537"]

  @Test(arguments: suites)
  func everyEntryPasses(suite: String) throws {
    let files = try StateTestSuite.files(at: [SharedTestData.url("evm-state/\(suite)")])
    #expect(!files.isEmpty)
    let start = ContinuousClock.now
    let outcomes = StateTestSuite().run(files: files)
    let elapsed = ContinuousClock.now - start
    let failures = outcomes.filter { !$0.pass }
    print(
      "state tests \(suite): \(outcomes.count - failures.count)/\(outcomes.count) passed in \(elapsed)"
    )
    #expect(outcomes.count > 1000 || suite == "osaka" && outcomes.count > 500)
    let examples = failures.prefix(20).map { "\($0.key): \($0.error ?? "fails")" }
    #expect(failures.isEmpty, "\(suite): \(failures.count) entries fail, e.g. \(examples)")
  }
}
