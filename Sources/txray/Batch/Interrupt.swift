import Foundation
import Synchronization

/// Remembers that SIGINT or SIGTERM arrived, so a long run can stop taking new work and still
/// write every record it finished, in order.
enum Interrupt {
  private static let requested = Atomic<Bool>(false)

  static var isRequested: Bool { requested.load(ordering: .relaxed) }

  /// Installs the handlers without SA_RESTART, so a read blocked on a quiet pipe returns EINTR
  /// and the reader can stop instead of waiting for input that may never come.
  static func install() {
    var action = sigaction()
    action.__sigaction_handler.sa_handler = { _ in
      Interrupt.requested.store(true, ordering: .relaxed)
    }
    sigemptyset(&action.sa_mask)
    action.sa_flags = 0
    sigaction(SIGINT, &action, nil)
    sigaction(SIGTERM, &action, nil)
    // A parent may have started us with these signals blocked (test runners and some process
    // supervisors do); blocked, they would stay pending and never end the read.
    var signals = interruptSignals
    pthread_sigmask(SIG_UNBLOCK, &signals, nil)
  }

  private static var interruptSignals: sigset_t {
    var signals = sigset_t()
    sigemptyset(&signals)
    sigaddset(&signals, SIGINT)
    sigaddset(&signals, SIGTERM)
    return signals
  }

  /// Runs `body` with SIGINT and SIGTERM blocked on this thread. Threads started inside inherit
  /// the block, so the signal always reaches the reading thread, whose blocked read it must
  /// interrupt, and never a worker.
  static func blockingSignals<T>(_ body: () -> T) -> T {
    var signals = interruptSignals
    var previous = sigset_t()
    pthread_sigmask(SIG_BLOCK, &signals, &previous)
    defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
    return body()
  }
}
