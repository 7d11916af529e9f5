/// An unsigned 256-bit integer: the EVM word, token balances and amounts.
///
/// The value lives in four `UInt64` limbs stored inline, least significant first, so copies and
/// arithmetic never touch the heap. Operators follow Swift's integer conventions: `+`, `-`, `*`
/// trap on overflow, `&+`, `&-`, `&*` wrap, and the `…ReportingOverflow` methods say which happened.
public struct UInt256: Sendable, Hashable {
  /// Limbs, least significant first: the value is `w0 + w1·2⁶⁴ + w2·2¹²⁸ + w3·2¹⁹²`.
  @usableFromInline var w0: UInt64
  @usableFromInline var w1: UInt64
  @usableFromInline var w2: UInt64
  @usableFromInline var w3: UInt64

  @inlinable
  init(w0: UInt64, w1: UInt64, w2: UInt64, w3: UInt64) {
    self.w0 = w0
    self.w1 = w1
    self.w2 = w2
    self.w3 = w3
  }

  // Computed, not stored: a stored static is a lazily initialised global, reached from other
  // modules through an accessor call at every use (PUSH0 paid one per instruction).
  @inlinable public static var zero: UInt256 { UInt256(w0: 0, w1: 0, w2: 0, w3: 0) }
  @inlinable public static var max: UInt256 { UInt256(w0: .max, w1: .max, w2: .max, w3: .max) }

  @inlinable
  public init(_ value: UInt64) {
    self.init(w0: value, w1: 0, w2: 0, w3: 0)
  }

  /// The four limbs, least significant first: the interpreter's word loads and EVM-only
  /// arithmetic work on them directly.
  public typealias Limbs = (UInt64, UInt64, UInt64, UInt64)

  @inlinable
  public var limbs: Limbs { (w0, w1, w2, w3) }

  @inlinable
  public init(limbs: Limbs) {
    self.init(w0: limbs.0, w1: limbs.1, w2: limbs.2, w3: limbs.3)
  }

  /// The limb at `index` (0 is least significant); indices outside 0...3 read as zero.
  @inlinable
  func limb(_ index: Int) -> UInt64 {
    switch index {
    case 0: return w0
    case 1: return w1
    case 2: return w2
    case 3: return w3
    default: return 0
    }
  }

  @inlinable
  public var isZero: Bool { (w0 | w1 | w2 | w3) == 0 }

  /// The number of significant bits: 0 for zero, 256 when the top bit is set.
  @inlinable
  public var bitWidth: Int {
    if w3 != 0 { return 256 - w3.leadingZeroBitCount }
    if w2 != 0 { return 192 - w2.leadingZeroBitCount }
    if w1 != 0 { return 128 - w1.leadingZeroBitCount }
    return 64 - w0.leadingZeroBitCount
  }

  /// The value as a `UInt64`, or nil when it needs more than 64 bits.
  @inlinable
  public var uint64Value: UInt64? {
    (w1 | w2 | w3) == 0 ? w0 : nil
  }
}

extension UInt256: ExpressibleByIntegerLiteral {
  @inlinable
  public init(integerLiteral value: UInt64) {
    self.init(value)
  }
}

extension UInt256: Comparable {
  @inlinable
  public static func < (lhs: UInt256, rhs: UInt256) -> Bool {
    if lhs.w3 != rhs.w3 { return lhs.w3 < rhs.w3 }
    if lhs.w2 != rhs.w2 { return lhs.w2 < rhs.w2 }
    if lhs.w1 != rhs.w1 { return lhs.w1 < rhs.w1 }
    return lhs.w0 < rhs.w0
  }
}

extension UInt256: CustomStringConvertible {
  public var description: String { decimalString }
}
