import ArgumentParser
import EVM
import EVMConformance
import Foundation
import TxrayCore
import TxrayKit

/// Runs Ethereum reference state tests through txray's executor.
struct StateTestCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "statetest",
    abstract: "Run filled state-test JSON files (or directories of them) through the executor.",
    discussion: """
      Prints one JSON line per (test, fork, index): {"name","fork","index","pass","stateRoot",
      "expected","error"}, then "N passed, M failed". Exits 0 when every entry passes, or when
      --known-failures is given and exactly the listed entries fail.
      """
  )

  @Argument(help: "State-test JSON files or directories (searched recursively).")
  var paths: [String]

  @Option(
    name: .customLong("fork"),
    help: "Run only this fork's entries (repeatable; default: Cancun, Prague, Osaka).")
  var forks: [String] = []

  @Option(help: "Run only tests whose name contains this text.")
  var name: String?

  @Option(help: "A file of entries expected to fail: 'name fork index  # reason' per line.")
  var knownFailures: String?

  @Flag(help: "Print only failing entries (the summary still counts all).")
  var failuresOnly = false

  @Flag(
    help: "Print the failures as known-failures lines ('name fork index  # error') instead of JSON."
  )
  var listFailures = false

  @Option(help: "Worker threads (default: all cores).")
  var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

  func run() throws {
    var selected = StateTestRunner.supportedForks
    if !forks.isEmpty {
      selected = []
      for name in forks {
        guard let fork = Fork(name: name) else { throw Failure.badInput("unknown fork '\(name)'") }
        selected.insert(fork)
      }
    }
    let known = try knownFailures.map { path in
      do {
        return StateTestKnownFailures(text: try String(contentsOfFile: path, encoding: .utf8))
      } catch {
        throw Failure.badInput("\(path): \(error.localizedDescription)")
      }
    }
    let files: [URL]
    do {
      files = try StateTestSuite.files(at: paths.map { URL(fileURLWithPath: $0) })
    } catch {
      throw Failure.badInput(error.description)
    }
    let suite = StateTestSuite(runner: StateTestRunner(forks: selected), nameFilter: name)
    let failuresOnly = failuresOnly || listFailures
    let listFailures = listFailures
    let outcomes = suite.run(files: files, workers: max(1, jobs)) { outcomes in
      var text = ""
      for outcome in outcomes where !(failuresOnly && outcome.pass) {
        text +=
          listFailures
          ? StateTestKnownFailures.line(for: outcome, reason: outcome.error ?? "fails")
          : outcome.json.serialized
        text += "\n"
      }
      StandardStreams.write(text, to: .standardOutput)
    }
    let failed = outcomes.filter { !$0.pass }.count
    let summary = "\(outcomes.count - failed) passed, \(failed) failed"
    guard let known else {
      print(summary)
      if failed > 0 { throw Failure(message: "\(failed) entries failed", exitCode: .rejected) }
      return
    }
    let check = known.check(outcomes)
    print(
      "\(summary) (\(check.unexpected.count) not in the known failures, "
        + "\(check.nowPassing.count) known failures now pass)")
    if !check.unexpected.isEmpty || !check.nowPassing.isEmpty {
      throw Failure(message: "the known-failures list does not match the run", exitCode: .rejected)
    }
  }
}
