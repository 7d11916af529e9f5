/// Why a host function stops the contract.
enum HostError: Error, Sendable, Equatable {
  /// The call fails as it would on chain, with nearcore's message.
  case failure(String)
  /// The call cannot be simulated (unknown or unsupported host function, missing state).
  case notSimulated(String)

  static func panicked(_ message: String) -> HostError {
    .failure("Smart contract panicked: \(message)")
  }

  static let gasExceeded = HostError.failure("Exceeded the prepaid gas.")
  static let gasLimitExceeded = HostError.failure(
    "Exceeded the maximum amount of gas allowed to burn per contract.")
  static let memoryAccessViolation = HostError.failure("MemoryAccessViolation")
  static let invalidPromiseIndex = HostError.failure("InvalidPromiseIndex")
}
