/// A 256-bit magnitude with a sign: a balance change can be a loss or a gain.
public struct SignedAmount: Sendable, Hashable {
  public var magnitude: UInt256
  /// True for a loss. Zero is never negative.
  public var isNegative: Bool

  public init(magnitude: UInt256, isNegative: Bool) {
    self.magnitude = magnitude
    self.isNegative = isNegative && !magnitude.isZero
  }

  /// `after - before` for two balances.
  public static func change(from before: UInt256, to after: UInt256) -> SignedAmount {
    after >= before
      ? SignedAmount(magnitude: after - before, isNegative: false)
      : SignedAmount(magnitude: before - after, isNegative: true)
  }
}
