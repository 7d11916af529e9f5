import EVM
import Foundation
import Synchronization

/// Runs every state-test file under some paths across all cores. Files are independent, so each
/// is loaded and run on its own worker; results come back in file order.
public struct StateTestSuite: Sendable {
  public var runner: StateTestRunner
  /// Only tests whose name contains this text, when set.
  public var nameFilter: String?

  public init(runner: StateTestRunner = StateTestRunner(), nameFilter: String? = nil) {
    self.runner = runner
    self.nameFilter = nameFilter
  }

  /// The `.json` files at or below `paths` (files are taken as given), sorted, without repeats.
  public static func files(at paths: [URL]) throws(StateTestError) -> [URL] {
    var found: Set<URL> = []
    for path in paths {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path.path, isDirectory: &isDirectory) else {
        throw StateTestError("\(path.path): no such file or directory")
      }
      guard isDirectory.boolValue else {
        found.insert(path.standardizedFileURL)
        continue
      }
      let walker = FileManager.default.enumerator(
        at: path, includingPropertiesForKeys: [.isRegularFileKey])
      while let file = walker?.nextObject() as? URL {
        if file.pathExtension == "json" { found.insert(file.standardizedFileURL) }
      }
    }
    return found.sorted { $0.path < $1.path }
  }

  /// Runs `files` on up to `workers` threads; `report` gets each file's outcomes in file order,
  /// one call at a time, as soon as the files before it are done.
  public func run(
    files: [URL], workers: Int = ProcessInfo.processInfo.activeProcessorCount,
    report: @escaping @Sendable ([StateTestOutcome]) -> Void = { _ in }
  ) -> [StateTestOutcome] {
    let progress = Mutex(Progress(pending: Array(repeating: nil, count: files.count)))
    let next = Atomic<Int>(0)
    // Threads of our own, not Dispatch's shared pool: minutes of CPU-bound work there starves
    // everything else in the process that runs on it, such as URLSession's callbacks (measured:
    // an RPC test beside these waited 80-90 s for its first reply).
    let done = DispatchSemaphore(value: 0)
    let threads = max(1, min(workers, files.count))
    for _ in 0..<threads {
      let thread = Thread {
        defer { done.signal() }
        drain()
      }
      thread.stackSize = 16 << 20
      thread.start()
    }
    for _ in 0..<threads { done.wait() }
    return progress.withLock { $0.all }

    @Sendable func drain() {
      while true {
        let index = next.add(1, ordering: .relaxed).oldValue
        guard index < files.count else { return }
        let outcomes = run(file: files[index])
        progress.withLock { progress in
          progress.pending[index] = outcomes
          while progress.reported < files.count, let done = progress.pending[progress.reported] {
            report(done)
            progress.all += done
            progress.pending[progress.reported] = nil
            progress.reported += 1
          }
        }
      }
    }
  }

  private struct Progress: Sendable {
    var pending: [[StateTestOutcome]?]
    var reported = 0
    var all: [StateTestOutcome] = []
  }

  /// One file's outcomes; a file that does not load is one failed outcome naming it.
  public func run(file: URL) -> [StateTestOutcome] {
    do {
      return try StateTest.load(file: file)
        .filter { test in nameFilter.map { test.name.contains($0) } ?? true }
        .flatMap(runner.run)
    } catch {
      return [
        StateTestOutcome(
          name: file.path, fork: "-", index: 0, pass: false, stateRoot: nil, expected: [],
          error: error.description)
      ]
    }
  }
}
