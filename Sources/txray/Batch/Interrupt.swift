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
  }
}
