import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

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
      let handler: @convention(c) (Int32) -> Void = { received in
        receivedSignal.store(received, ordering: .relaxed)
      }
      // The handler field's name differs between the C libraries.
      #if canImport(Glibc)
        action.__sigaction_handler.sa_handler = handler
      #else
        action.__sigaction_u.__sa_handler = handler
      #endif
      sigemptyset(&action.sa_mask)
      action.sa_flags = 0
      sigaction(signal, &action, nil)
    }
  }

  static func restoreDefaults() {
    for trapped in signals { signal(trapped, SIG_DFL) }
  }

  /// The signal that arrived, if any.
  static var received: Int32? {
    let signal = receivedSignal.load(ordering: .relaxed)
    return signal == 0 ? nil : signal
  }
}
