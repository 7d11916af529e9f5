import EVM
import TxrayCore

/// Runs state tests through `TransactionExecutor`: each post entry's transaction against the
/// pre-state, then the post-state root and logs hash compared with the expected ones.
public struct StateTestRunner: Sendable {
  /// Entries of other forks are not run (and not reported).
  public var forks: Set<Fork>
  /// A wall-clock bound per entry, so one runaway test cannot stall a whole suite.
  public var timeout: Duration

  /// The forks txray's executor implements.
  public static let supportedForks: Set<Fork> = [.cancun, .prague, .osaka]

  public init(forks: Set<Fork> = StateTestRunner.supportedForks, timeout: Duration = .seconds(60)) {
    self.forks = forks
    self.timeout = timeout
  }

  public func run(_ test: StateTest) -> [StateTestOutcome] {
    let state = InMemoryState(
      accounts: test.accounts, storage: test.storage,
      blockHashes: Self.referenceBlockHashes(below: test.block.number))
    let preState = PostStateRoot(accounts: test.accounts, storage: test.storage)
    return test.posts.compactMap { post in
      guard let fork = post.fork, forks.contains(fork) else { return nil }
      return run(test, post: post, fork: fork, state: state, preState: preState)
    }
  }

  private func run(
    _ test: StateTest, post: StateTestPost, fork: Fork, state: InMemoryState,
    preState: PostStateRoot
  ) -> StateTestOutcome {
    var outcome = StateTestOutcome(
      name: test.name, fork: post.forkName, index: post.index, pass: false, stateRoot: nil,
      expected: post.expectedRoot, error: nil)
    let transaction: ExecutableTransaction
    do {
      transaction = try test.transaction.executable(for: post)
    } catch {
      // A transaction the format cannot even express is one the test expects to be rejected.
      outcome.pass = post.expectException != nil
      outcome.error = outcome.pass ? nil : error.description
      return outcome
    }
    let executor = TransactionExecutor(
      fork: fork, block: test.block, state: state, limits: ExecutionLimits(timeout: timeout))
    let result = executor.execute(transaction)
    switch result.status {
    case .invalid(let reason):
      outcome.stateRoot = preState.root()
      outcome.pass = post.expectException != nil
      outcome.error = outcome.pass ? nil : "transaction rejected: \(reason)"
      return outcome
    case .stateUnavailable(let error):
      outcome.error = "state unavailable: \(error.description)"
      return outcome
    case .timedOut:
      outcome.error = "timed out"
      return outcome
    case .unsupported(let reason):
      outcome.error = "unsupported: \(reason)"
      return outcome
    case .success, .reverted, .halted:
      break
    }
    let root = preState.applying(result.changes).root()
    outcome.stateRoot = root
    if let exception = post.expectException {
      outcome.error = "expected rejection (\(exception)) but the transaction executed"
    } else if root != post.expectedRoot {
      outcome.error = "state root mismatch"
    } else if LogsHash.compute(result.logs) != post.expectedLogsHash {
      outcome.error = "logs hash mismatch"
    } else {
      outcome.pass = true
    }
    return outcome
  }

  /// The 256 hashes BLOCKHASH can reach, as the reference-test fillers define them for a chain
  /// that does not exist: keccak256 of the block number in decimal.
  static func referenceBlockHashes(below number: UInt64) -> [UInt64: UInt256] {
    var hashes: [UInt64: UInt256] = [:]
    let oldest = number >= 256 ? number - 256 : 0
    for block in oldest..<number {
      hashes[block] = UInt256(bigEndianBytes: Keccak256.hash(Array(String(block).utf8)))
    }
    return hashes
  }
}
