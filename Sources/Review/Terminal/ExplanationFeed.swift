import Synchronization

/// Carries explanation updates from the thread running the model to the screen's loop. The
/// model thread only ever appends; the screen drains between key presses and redraws.
public final class ExplanationFeed: Sendable {
  private let pending = Mutex<[ExplanationState.Update]>([])

  public init() {}

  public func send(_ update: ExplanationState.Update) {
    pending.withLock { $0.append(update) }
  }

  /// Everything sent since the last call, in order.
  public func drain() -> [ExplanationState.Update] {
    pending.withLock { updates in
      defer { updates.removeAll() }
      return updates
    }
  }
}
