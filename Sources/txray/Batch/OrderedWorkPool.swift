import Foundation

/// Runs jobs on a fixed number of worker threads and hands their results back in submission
/// order, with at most `window` jobs submitted but not yet delivered.
///
/// The window bounds memory whatever the input's length; delivering in order means a slow job
/// holds back later results, never reorders them.
final class OrderedWorkPool<Job: Sendable, Result: Sendable>: @unchecked Sendable {
  private let work: @Sendable (Job) -> Result
  private let window: Int
  // Everything below is guarded by `condition`.
  private let condition = NSCondition()
  private var queue: [(sequence: Int, job: Job)] = []
  private var finished: [Int: Result] = [:]
  private var nextSequence = 0
  private var nextToDeliver = 0
  private var closed = false

  init(workers: Int, window: Int, work: @escaping @Sendable (Job) -> Result) {
    self.work = work
    self.window = max(window, workers)
    for _ in 0..<max(workers, 1) {
      let thread = Thread { [self] in workerLoop() }
      thread.stackSize = 8 << 20
      thread.start()
    }
  }

  /// Queues a job, first delivering (on this thread) every result that is next in order, and
  /// waiting while the window is full, so the caller writes output as it goes.
  func submit(_ job: Job, deliver: (Result) -> Void) {
    condition.lock()
    while true {
      if let result = takeNextFinished() {
        condition.unlock()
        deliver(result)
        condition.lock()
      } else if nextSequence - nextToDeliver < window {
        break
      } else {
        condition.wait()
      }
    }
    queue.append((nextSequence, job))
    nextSequence += 1
    condition.broadcast()
    condition.unlock()
  }

  /// Waits for every submitted job, delivering the results in order, then stops the workers.
  func finish(deliver: (Result) -> Void) {
    condition.lock()
    while nextToDeliver < nextSequence {
      if let result = takeNextFinished() {
        condition.unlock()
        deliver(result)
        condition.lock()
      } else {
        condition.wait()
      }
    }
    closed = true
    condition.broadcast()
    condition.unlock()
  }

  /// Called with the lock held.
  private func takeNextFinished() -> Result? {
    guard let result = finished.removeValue(forKey: nextToDeliver) else { return nil }
    nextToDeliver += 1
    return result
  }

  private func workerLoop() {
    while true {
      condition.lock()
      while queue.isEmpty && !closed { condition.wait() }
      if queue.isEmpty {
        condition.unlock()
        return
      }
      let (sequence, job) = queue.removeFirst()
      condition.unlock()
      let result = work(job)
      condition.lock()
      finished[sequence] = result
      condition.broadcast()
      condition.unlock()
    }
  }
}
