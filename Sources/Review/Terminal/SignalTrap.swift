import Glibc
import Synchronization

/// The last of SIGINT, SIGTERM or SIGHUP that arrived while the screen was up (0: none). A
/// signal handler may only do async-signal-safe work, so it records the signal here and the
/// screen's loop — which wakes at least every few tens of milliseconds — restores the terminal.
private let receivedSignal = Atomic<Int32>(0)

enum SignalTrap {
  static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

  /// Installs the handlers; ncurses leaves signals that already have a handler alone.
  static func install() {
    for signal in signals {
      var action = sigaction()
      action.__sigaction_handler.sa_handler = { received in
        receivedSignal.store(received, ordering: .relaxed)
      }
      sigemptyset(&action.sa_mask)
      action.sa_flags = 0
      sigaction(signal, &action, nil)
    }
  }

  static func restoreDefaults() {
    for signal in signals { Glibc.signal(signal, SIG_DFL) }
  }

  /// The signal that arrived, if any.
  static var received: Int32? {
    let signal = receivedSignal.load(ordering: .relaxed)
    return signal == 0 ? nil : signal
  }
}
