import EVM
import Foundation
import Testing

/// The shared Ethereum reference state tests (GeneralStateTests and the Osaka suite) through
/// the executor: each suite must pass at least 99% of its entries, every failure must be listed
/// in Fixtures/state-test-known-failures.txt, and no listed entry may pass.
///
/// Files run in parallel across all cores (`StateTestSuite`), which keeps the debug build within
/// CI's budget. Regenerate the list with scripts/gen-state-test-known-failures.
struct ReferenceStateTests {
  static let suites = ["GeneralStateTests", "osaka"]

  static func knownFailures() throws -> StateTestKnownFailures {
    let url = try #require(
      Bundle.module.url(
        forResource: "state-test-known-failures", withExtension: "txt", subdirectory: "Fixtures"))
    return StateTestKnownFailures(text: try String(contentsOf: url, encoding: .utf8))
  }

  @Test(arguments: suites)
  func suitePassesApartFromKnownFailures(suite: String) throws {
    let files = try StateTestSuite.files(at: [SharedTestData.url("evm-state/\(suite)")])
    #expect(!files.isEmpty)
    let start = ContinuousClock.now
    let outcomes = StateTestSuite().run(files: files)
    let elapsed = ContinuousClock.now - start
    let passed = outcomes.filter(\.pass).count
    let rate = outcomes.isEmpty ? 0 : Double(passed) / Double(outcomes.count)
    print("state tests \(suite): \(passed)/\(outcomes.count) passed in \(elapsed)")
    #expect(outcomes.count > 1000 || suite == "osaka" && outcomes.count > 500)
    #expect(rate >= 0.99, "\(suite): \(passed) of \(outcomes.count) entries pass")

    let check = try Self.knownFailures().check(outcomes)
    let unexpected = check.unexpected.prefix(20).map { "\($0.key): \($0.error ?? "")" }
    #expect(
      check.unexpected.isEmpty,
      "\(check.unexpected.count) failures not in the known-failures list, e.g. \(unexpected)")
    #expect(
      check.nowPassing.isEmpty, "listed as failing but passing: \(check.nowPassing.prefix(20))")
  }
}
