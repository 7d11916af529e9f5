/// Bounds on one execution besides gas: a wall-clock deadline for hostile or enormous work.
public struct ExecutionLimits: Sendable {
  public var deadline: ContinuousClock.Instant?

  /// `timeout` from now; nil means no wall-clock bound.
  public init(timeout: Duration? = nil) {
    deadline = timeout.map { ContinuousClock.now.advanced(by: $0) }
  }
}
