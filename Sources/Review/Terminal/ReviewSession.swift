#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// How a session on the terminal ended.
public enum SessionEnding<Value>: Sendable where Value: Sendable {
  case finished(Value)
  /// SIGINT, SIGTERM or SIGHUP arrived, or the terminal hung up without a SIGHUP (reported as
  /// one); the terminal has been restored.
  case interrupted(signal: Int32)
}

/// A paste the caller could not use, with the reason shown in the field.
public struct PasteRejection: Error, Sendable {
  public var message: String
  public init(_ message: String) { self.message = message }
}

extension CursesTerminal {
  /// Shows `screen` until the signer approves or rejects. Updates from `feed` (a model composing
  /// the explanation on another thread) are drawn as they arrive; the first frame never waits
  /// for them. `firstFrame` runs once, right after the first frame is on the terminal.
  public func review(
    _ screen: ReviewScreen, feed: ExplanationFeed? = nil, firstFrame: () -> Void = {}
  ) -> SessionEnding<ReviewDecision> {
    var screen = screen
    func redraw() {
      let (width, height) = size
      paint(screen.render(width: width, height: height))
    }
    redraw()
    firstFrame()
    while true {
      if let signal = SignalTrap.received { return .interrupted(signal: signal) }
      if let updates = feed?.drain(), !updates.isEmpty {
        for update in updates { screen.apply(update) }
        redraw()
      }
      switch readKey() {
      case .resize: redraw()
      case .hangup: return .interrupted(signal: SIGHUP)
      case .key(let key):
        if let decision = screen.handle(key) { return .finished(decision) }
        redraw()
        while screen.runPendingWork() { redraw() }
      case nil: continue
      }
    }
  }

  /// Shows a paste field until `attempt` accepts what was pasted (nil: the signer gave up).
  public func paste<Value: Sendable>(
    _ attempt: (String) -> Result<Value, PasteRejection>
  ) -> SessionEnding<Value?> {
    var field = PasteField()
    func redraw() {
      let (width, height) = size
      paint(field.render(width: width, height: height))
    }
    redraw()
    while true {
      if let signal = SignalTrap.received { return .interrupted(signal: signal) }
      switch readKey() {
      case .resize: redraw()
      case .hangup: return .interrupted(signal: SIGHUP)
      case .key(let key):
        switch field.handle(key) {
        case .cancel: return .finished(nil)
        case .submit(let text):
          switch attempt(text) {
          case .success(let value): return .finished(value)
          case .failure(let rejection): field.error = rejection.message
          }
        case nil: break
        }
        redraw()
      case nil: continue
      }
    }
  }
}
