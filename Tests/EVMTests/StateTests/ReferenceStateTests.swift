import EVM
import EVMConformance
import Foundation
import Testing
import TxrayCore

/// The shared Ethereum reference state tests through the executor: every entry of
/// GeneralStateTests and the Osaka suite must pass, and the EIP-2537 suite must end in the
/// state the Ethereum execution specification computes (its fixtures' roots are a 2024 draft's:
/// see scripts/gen-eip2537-spec-roots).
///
/// Files run in parallel across all cores (`StateTestSuite`), which keeps the debug build within
/// CI's budget.
struct ReferenceStateTests {
  static let suites = ["GeneralStateTests", "osaka"]

  /// Gas bounds every entry; the wall-clock bound only guards against a hang, so it is generous:
  /// on a loaded machine loopMul alone outlasted the runner's default 60 s.
  static let runner = StateTestSuite(runner: StateTestRunner(timeout: .seconds(900)))

  @Test(arguments: suites)
  func everyEntryPasses(suite: String) throws {
    let files = try StateTestSuite.files(at: [SharedTestData.url("evm-state/\(suite)")])
    #expect(!files.isEmpty)
    let start = ContinuousClock.now
    let outcomes = Self.runner.run(files: files)
    let elapsed = ContinuousClock.now - start
    let failures = outcomes.filter { !$0.pass }
    print(
      "state tests \(suite): \(outcomes.count - failures.count)/\(outcomes.count) passed in \(elapsed)"
    )
    #expect(outcomes.count > 1000 || suite == "osaka" && outcomes.count > 500)
    let examples = failures.prefix(20).map { "\($0.key): \($0.error ?? "fails")" }
    #expect(failures.isEmpty, "\(suite): \(failures.count) entries fail, e.g. \(examples)")
  }

  @Test func theBLS12381SuiteEndsInTheSpecificationsState() throws {
    let url = try #require(
      Bundle.module.url(
        forResource: "stEIP2537-spec-roots", withExtension: "txt", subdirectory: "Fixtures"))
    var roots: [String: String] = [:]
    for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
    where !line.hasPrefix("#") {
      let parts = line.split(separator: " ")
      roots[String(parts[0])] = String(parts[1])
    }
    #expect(roots.count >= 100)
    let suite = SharedTestData.url("evm-state/EIPTests/stEIP2537")
    let files = roots.keys.sorted().map { suite.appendingPathComponent("\($0).json") }
    let outcomes = Self.runner.run(files: files)
    #expect(outcomes.count == roots.count)
    let agreeing = outcomes.filter { $0.stateRoot.map { Hex.encode($0) } == roots[$0.name] }
    print("state tests stEIP2537: \(agreeing.count)/\(outcomes.count) agree with the specification")
    let disagreeing = outcomes.filter { $0.stateRoot.map { Hex.encode($0) } != roots[$0.name] }
    #expect(disagreeing.isEmpty, "e.g. \(disagreeing.prefix(10).map(\.name))")
  }
}
