/// A simulation's wall-clock bound, as the state wrappers that stop reading at it keep it: each
/// read first asks whether the bound has passed. EVM and NEAR read state through different
/// protocols, so each chain has its own wrapper; they share this.
public struct WallClockDeadline: Sendable {
  public let timeout: Duration
  private let end: ContinuousClock.Instant

  /// The bound `timeout` from now.
  public init(_ timeout: Duration) {
    self.timeout = timeout
    end = .now + timeout
  }

  public var hasPassed: Bool { ContinuousClock.now >= end }
}
