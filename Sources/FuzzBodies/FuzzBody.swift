/// What one fuzz target does with one input, in an ordinary library so that every build compiles
/// it and the smoke tests run it: the libFuzzer wrapper in `Fuzz/<target>/` only hands its bytes
/// here. A body never crashes or hangs on any input; where it checks more than that (an answer
/// that parses or is refused in words), a broken promise is a `PropertyViolation`.
public struct FuzzBody: Sendable {
  /// The directory of its libFuzzer wrapper, `Fuzz/<target>/Fuzz<target>.swift`.
  public let target: String
  private let body: @Sendable ([UInt8]) throws(PropertyViolation) -> Void

  init(target: String, body: @escaping @Sendable ([UInt8]) throws(PropertyViolation) -> Void) {
    self.target = target
    self.body = body
  }

  public func run(_ input: [UInt8]) throws(PropertyViolation) {
    try body(input)
  }

  /// libFuzzer's `LLVMFuzzerTestOneInput`: a violated property stops the run as a crash would,
  /// so libFuzzer keeps the input.
  public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    do {
      try run(Array(UnsafeBufferPointer(start: data, count: size)))
    } catch {
      fatalError("\(target): \(error)")
    }
    return 0
  }
}

/// A promise a body checks, broken by one input.
public struct PropertyViolation: Error, Sendable, CustomStringConvertible {
  public var description: String

  init(_ description: String) {
    self.description = description
  }
}
